namespace PolicyLint.Tests.Browser;

/// <summary>
/// Where browser tests keep their screenshots: <c>screenshots/</c> under the test output (bin/…/screenshots), and, for
/// the ones the README shows, a copy in <c>docs/images/</c> of the repository.
/// </summary>
internal static class Screenshots
{
    public static string Folder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>The path of <paramref name="name"/> (a .png file name) under the test output.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Copies a screenshot into docs/images/ for the README, written aside and then moved into place.</summary>
    public static void PublishToDocs(string screenshot)
    {
        var images = Support.TestPaths.InRepo("docs", "images");
        Directory.CreateDirectory(images);
        var target = Path.Combine(images, Path.GetFileName(screenshot));
        var temp = target + ".tmp";
        File.Copy(screenshot, temp, overwrite: true);
        File.Move(temp, target, overwrite: true);
    }
}
