using Coex.Search;

namespace Coex.Tests.Search;

public class TrialStoreTests
{
    [Fact]
    public void Trials_and_trainings_round_trip_including_missing_metrics()
    {
        string dir = Path.Combine(Path.GetTempPath(), "coex-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            string path = Path.Combine(dir, "t.db");
            var trained = new TrialRecord
            {
                Method = "joint", Seed = 2, Index = 0, Arch = "1,2", Bits = "0,0", Hardware = "3,1", Params = "a=1 | \"quoted\"",
                Status = TrialStatus.Trained, Accuracy = 0.8125, Fp32Accuracy = 0.82, LatencySeconds = 1.5e-5, EnergyJoules = 2e-6,
                Area = 1.25, Reward = 0.7, TrainSeconds = 3.5, Seconds = 3.75, FinishedUtc = new DateTime(2026, 11, 26, 22, 0, 0, DateTimeKind.Utc),
            };
            var pruned = trained with { Index = 1, Status = TrialStatus.Pruned, Hardware = "", Accuracy = double.NaN, Fp32Accuracy = double.NaN, EnergyJoules = double.NaN, Reward = 0 };
            using (var store = new TrialStore(path))
            {
                store.Bind("options-a", resume: false);
                store.Add(trained);
                store.Add(pruned);
                store.AddTraining("1,2", "0,0", new AccuracyResult(0.8125, 0.82, 3.5));
            }
            using (var store = new TrialStore(path))
            {
                Assert.Equal([trained, pruned], store.Trials());
                Assert.Empty(store.Trials("sequential"));
                Assert.Equal(new AccuracyResult(0.8125, 0.82, 3.5), store.Training("1,2", "0,0"));
                Assert.Null(store.Training("1,2", "1,1"));
                Assert.Equal("options-a", store.Meta("options"));
            }
            // A store whose search died before any trial finished can be bound to new options.
            string empty = Path.Combine(dir, "empty.db");
            using (var store = new TrialStore(empty))
                store.Bind("options-a", resume: false);
            using (var store = new TrialStore(empty))
            {
                store.Bind("options-b", resume: false);
                Assert.Equal("options-b", store.Meta("options"));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
