using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Tests.Bayesian;

public sealed class CandidateQueueTests
{
    [Fact]
    public void Draws_come_out_first_in_first_out_across_growth_and_wrap_around()
    {
        var queue = new CandidateQueue(2);
        var next = 0;
        var expected = 0;
        // Interleave pushes and pops so the ring wraps before it grows past its initial 16 slots.
        for (var step = 0; step < 200; step++)
        {
            var pushes = step % 3 == 0 ? 3 : 1;
            for (var k = 0; k < pushes; k++, next++)
            {
                queue.Enqueue([next, -next], [10.0 * next, 0], next + 0.5);
            }

            var slot = queue.Dequeue();
            Assert.Equal(expected, queue.UnitCube(slot)[0]);
            Assert.Equal(-expected, queue.UnitCube(slot)[1]);
            Assert.Equal(10.0 * expected, queue.Parameters(slot)[0]);
            Assert.Equal(expected + 0.5, queue.LogLikelihood(slot));
            expected++;
        }

        Assert.Equal(next - expected, queue.Count);
        while (queue.Count > 0)
        {
            Assert.Equal(expected++ + 0.5, queue.LogLikelihood(queue.Dequeue()));
        }

        Assert.Equal(-1, queue.Dequeue());
    }
}
