using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("SmbPolicyCompiler.Readiness.Tests")]
