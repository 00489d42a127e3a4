namespace HoaNhap.Domain.People;

public static class PeopleText
{
    public static string Gender(Gender g) => g == People.Gender.Female ? "Nữ" : "Nam";
}
