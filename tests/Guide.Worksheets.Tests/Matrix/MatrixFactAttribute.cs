namespace Guide.Worksheets.Tests.Matrix;

/// <summary>
/// A viewer-matrix test: skipped, saying what to install, on a machine without the engines,
/// unless GUIDE_REQUIRE_BROWSER=1 (as in CI, where a skip would hide a failure).
/// </summary>
public sealed class MatrixFactAttribute : FactAttribute
{
    public MatrixFactAttribute() => Skip = ViewerMatrix.SkipReason;
}

/// <inheritdoc cref="MatrixFactAttribute"/>
public sealed class MatrixTheoryAttribute : TheoryAttribute
{
    public MatrixTheoryAttribute() => Skip = ViewerMatrix.SkipReason;
}
