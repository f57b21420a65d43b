using Coex.Search;

namespace Coex.Tests.Search;

public class ProxyTrainingTests
{
    [Fact]
    public void Options_reject_bad_image_counts()
    {
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { TrainImages = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new ProxyTrainingOptions { TrainImages = 59500, ValidationImages = 1000 }.Validate());
    }
}
