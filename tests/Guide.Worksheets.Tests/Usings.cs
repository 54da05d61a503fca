global using Guide.Testing;
global using Xunit;
