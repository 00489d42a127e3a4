namespace HoaNhap.Domain.Programmes;

/// <summary>
/// An awareness activity (tuyên truyền) of a commune about community-sentence enforcement and reintegration:
/// the channel (including online and social media), the audience, how many people it reached and the materials.
/// </summary>
public sealed class AwarenessActivity : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public AwarenessChannel Channel { get; set; }
    public string Audience { get; set; } = "";
    public int Reached { get; set; }
    public string Materials { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum AwarenessChannel { Meeting, Loudspeaker, Print, Online, SocialMedia, Other }

public static class ProgrammeText
{
    public static string Channel(AwarenessChannel c) => c switch
    {
        AwarenessChannel.Meeting => "Hội nghị, buổi họp dân",
        AwarenessChannel.Loudspeaker => "Loa truyền thanh",
        AwarenessChannel.Print => "Tờ rơi, pa-nô, áp phích",
        AwarenessChannel.Online => "Cổng, trang thông tin điện tử",
        AwarenessChannel.SocialMedia => "Mạng xã hội",
        _ => "Hình thức khác",
    };
}
