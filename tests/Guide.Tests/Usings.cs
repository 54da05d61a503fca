global using Guide.Testing;
global using Guide.Tests.Support;
global using Xunit;
