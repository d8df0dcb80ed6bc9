namespace OpenYusuan.Reading;

/// <summary>The input is not a readable disclosure at all (empty, binary, undecodable, not a disclosure).
/// The message is Chinese and names the problem; the caller adds the file name.</summary>
public sealed class UnusableInputException(string message) : Exception(message);
