namespace HoaNhap.Web.Shared;

/// <summary>Working without signal: how long a phone keeps the supervisor's list and forms (configuration section <c>Offline</c>).</summary>
public sealed class OfflineSettings
{
    /// <summary>Days the list, the forms and the records already sent are kept on the phone (<c>Offline__KeepDays</c>).</summary>
    public int KeepDays { get; set; } = 7;
}
