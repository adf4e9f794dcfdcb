// The tests share one fitted analysis whose plugins keep evaluation buffers: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
