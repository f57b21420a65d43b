using Coex.Search;
using Coex.Training.Data;

namespace Coex.Tests.Search;

/// <summary>The CI smoke test of the main job: a real (tiny) co-design run on Fashion-MNIST, end to end.</summary>
[Collection("Codesign")]
public class CodesignSmokeTests
{
    [Fact]
    public void Quick_codesign_trains_prunes_stores_and_reports()
    {
        Assert.True(FashionMnist.IsAvailable(), "Fashion-MNIST is missing: run scripts/install-test-deps (sudo apt-get install dataset-fashion-mnist).");
        string dir = Path.Combine(Path.GetTempPath(), "coex-codesign-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new CodesignOptions
            {
                Trainings = 2, MaxSamples = 40, Constraints = new Constraints(1e-4, 2.0),
                Training = new ProxyTrainingOptions { TrainImages = 256, ValidationImages = 200, BatchSize = 32 },
            };
            using var store = new TrialStore(Path.Combine(dir, "trials.db"));
            store.Bind(options.Fingerprint(), resume: false);
            var search = new CoSearch(options, new ProxyTrainer(options.Training), store);
            var joint = search.Run(SearchMethod.Joint, 1);
            var sequential = search.Run(SearchMethod.Sequential, 1);
            Assert.Equal(2, joint.Trainings);
            Assert.Equal(2, sequential.Trainings);
            // Trained on real images: better than chance (10%) after 256 images.
            Assert.All(joint.Trials.Where(t => t.Status == TrialStatus.Trained), t => Assert.InRange(t.Accuracy, 0.2, 1.0));
            Assert.Equal(joint.Sampled + sequential.Sampled, store.Count());
            // Re-scored with one more training seed on the test split: real accuracies again, only the front designs.
            var rescored = FrontRescoring.Rescore(search, [joint, sequential],
                [new ProxyTrainer(options.Training with { Seed = 2, ScoreOnTestSet = true, ValidationImages = 500 })]);
            Assert.All(rescored.SelectMany(r => r.Designs), d => Assert.InRange(d.Metrics.Accuracy, 0.2, 1.0));
            Assert.True(rescored[0].Designs.Count <= joint.Designs.Count);
            string md = CodesignReport.Markdown(search, [joint, sequential], TimeSpan.FromMinutes(1), [], rescored, 1);
            Assert.Contains("## Pareto front", md);
            Assert.Contains("### The fronts re-scored", md);
            Assert.Contains("- re-scored: joint ≥ sequential", md);
            Assert.Contains("| conv0 |", md);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
