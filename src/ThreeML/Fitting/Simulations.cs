using ThreeML.Plugins;

namespace ThreeML.Fitting;

/// <summary>Draws simulated data lists from plugins connected to a model at the values to simulate from.</summary>
internal static class Simulations
{
    /// <summary>One data list per iteration, each plugin simulated with its own seed taken in order from <paramref name="random"/>.</summary>
    public static DataList[] Draw(IReadOnlyList<IPlugin> data, int iterations, Random random)
    {
        var seeds = new int[iterations];
        for (var i = 0; i < iterations; i++)
        {
            seeds[i] = random.Next();
        }

        var lists = new DataList[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var taskRandom = new Random(seeds[i]);
            lists[i] = new DataList([.. data.Select(p => p.Simulate(p.Name, taskRandom))]);
        }

        return lists;
    }
}
