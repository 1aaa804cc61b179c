using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PolicyLint.Readers;

/// <summary>What kind of file system entry a path names.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,
    Other,
}

/// <summary>The identity of a file on this machine: two paths naming the same real file have the same one.</summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode);

/// <summary>What <see cref="FileProbe"/> found: the kind, the length it states, its identity, or why it could not be looked at.</summary>
internal readonly record struct FileFacts(FileKind Kind, long Length, FileIdentity? Identity, string? Error);

/// <summary>
/// Looks at a path without opening it. .NET cannot tell a FIFO or a device from a file, and opening a FIFO blocks
/// until a writer comes (forever), while reading /dev/zero never ends; so on Linux the kind and identity come from
/// statx(2), whose record has one layout on every architecture. Elsewhere (or if statx is missing) it falls back to
/// what .NET can see, which has no special files to worry about on Windows.
/// </summary>
internal static partial class FileProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;

    private static bool _statxMissing = !OperatingSystem.IsLinux();

    /// <summary>Looks at <paramref name="path"/>; with <paramref name="followLinks"/> false a symbolic link is reported as one.</summary>
    public static FileFacts Probe(string path, bool followLinks = true)
    {
        if (!_statxMissing)
        {
            try
            {
                var buffer = new byte[256];
                int rc = Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer);
                return rc == 0 ? FromStatx(buffer) : FromErrno(Marshal.GetLastPInvokeError());
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                _statxMissing = true;
            }
        }

        return Managed(path, followLinks);
    }

    /// <summary>Looks at an open file (fstat), to confirm that what was opened is what was looked at.</summary>
    public static FileFacts Probe(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (_statxMissing)
        {
            return new FileFacts(FileKind.Regular, RandomAccess.GetLength(handle), null, null);
        }

        bool added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var buffer = new byte[256];
            int rc = Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxBasicStats, buffer);
            return rc == 0 ? FromStatx(buffer) : FromErrno(Marshal.GetLastPInvokeError());
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>The kind as a user reads it: "a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "a special file",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    // struct statx (native byte order): stx_mode (u16) at 28, stx_ino (u64) at 32, stx_size (u64) at 40, stx_dev_major/minor (u32) at 136/140.
    private static FileFacts FromStatx(byte[] b)
    {
        int mode = MemoryMarshal.Read<ushort>(b.AsSpan(28));
        ulong inode = MemoryMarshal.Read<ulong>(b.AsSpan(32));
        long size = (long)Math.Min(MemoryMarshal.Read<ulong>(b.AsSpan(40)), long.MaxValue);
        ulong device = ((ulong)MemoryMarshal.Read<uint>(b.AsSpan(136)) << 32) | MemoryMarshal.Read<uint>(b.AsSpan(140));
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
        return new FileFacts(kind, size, new FileIdentity(device, inode), null);
    }

    private static FileFacts FromErrno(int errno)
    {
        string reason = errno switch
        {
            2 => "it does not exist",
            13 => "permission denied",
            20 => "a part of its path is not a folder",
            40 => "it is a symbolic link that leads round in a loop",
            _ => Marshal.GetPInvokeErrorMessage(errno),
        };
        return new FileFacts(errno is 2 or 20 ? FileKind.Missing : FileKind.Other, 0, null, reason);
    }

    private static FileFacts Managed(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists)
            {
                return new FileFacts(FileKind.Missing, 0, null, "it does not exist");
            }

            if (!followLinks && info.LinkTarget is not null)
            {
                return new FileFacts(FileKind.SymbolicLink, 0, null, null);
            }

            return info is FileInfo file
                ? new FileFacts(FileKind.Regular, file.Length, null, null)
                : new FileFacts(FileKind.Directory, 0, null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileFacts(FileKind.Other, 0, null, ex.Message);
        }
    }
}
