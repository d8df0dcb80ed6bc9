using System.Runtime.InteropServices;

namespace OpenYusuan.Reading;

/// <summary>Tells a regular file from a device, FIFO or socket without opening it (opening a FIFO blocks until someone
/// writes to it; a device such as /dev/zero never ends). .NET's file API does not say; the stat call of the runtime's
/// own native library does.</summary>
internal static class SpecialFiles
{
    /// <summary>"设备文件", "命名管道（FIFO）" or "套接字" for a special file; null for a regular file (or where the type
    /// cannot be told, as on Windows, where the size limit while reading still holds).</summary>
    public static string? Kind(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        int mode;
        try
        {
            // FileStatus of System.Native begins with int Flags, int Mode (S_IFMT bits as in POSIX); the rest is not read.
            var status = new byte[512];
            if (Stat(path, status) != 0) return null;
            mode = BitConverter.ToInt32(status, 4);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without the native call: a file that reports no length is refused unread (devices and FIFOs report 0).
            return new FileInfo(path).Length == 0 ? "长度为 0 的文件（空文件或设备、管道等特殊文件）" : null;
        }
        return (mode & 0xF000) switch
        {
            0x8000 => null,
            0x2000 or 0x6000 => "设备文件",
            0x1000 => "命名管道（FIFO）",
            0xC000 => "套接字",
            _ => "特殊文件",
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Stat(string path, [Out] byte[] output);
}
