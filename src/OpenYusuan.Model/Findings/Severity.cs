namespace OpenYusuan.Model.Findings;

/// <summary>error: contradiction beyond rounding or something required missing; warning: likely wrong
/// but defensible; info: explained by rounding, or a correction the reader made.</summary>
public enum Severity { Info, Warning, Error }
