namespace Guide.Pdf.Fonts;

/// <summary>
/// Thrown inside the font parser when the bytes do not hold together; <see cref="FontLoader"/>
/// turns it into a <see cref="FontLoadException"/> that names the file.
/// </summary>
internal sealed class FontFormatException(string message, FontProblem problem = FontProblem.Corrupt) : Exception(message)
{
    public FontProblem Problem { get; } = problem;
}
