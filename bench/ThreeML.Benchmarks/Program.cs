using BenchmarkDotNet.Running;

// Runs the BenchmarkDotNet suite; pass --filter '*Name*' to pick benchmarks.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
