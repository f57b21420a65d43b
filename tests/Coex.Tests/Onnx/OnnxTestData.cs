namespace Coex.Tests.Onnx;

/// <summary>Locates the official ONNX backend node tests shipped by Debian's libonnx-testdata.</summary>
internal static class OnnxTestData
{
    public const string NodeTestRoot = "/usr/share/libonnx-testdata/data/node";

    /// <summary>Every node test directory, sorted; fails with the fix if the package is missing.</summary>
    public static string[] NodeTestDirectories()
    {
        Assert.True(Directory.Exists(NodeTestRoot), $"{NodeTestRoot} is missing; run scripts/install-test-deps (Debian package libonnx-testdata).");
        var dirs = Directory.GetDirectories(NodeTestRoot).Where(d => File.Exists(Path.Combine(d, "model.onnx"))).ToArray();
        Array.Sort(dirs, StringComparer.Ordinal);
        Assert.True(dirs.Length > 100, $"Only {dirs.Length} node tests found under {NodeTestRoot}.");
        return dirs;
    }
}
