using Microsoft.AspNetCore.Identity;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>Identity's messages, in Vietnamese.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    static IdentityError E(string code, string text) => new() { Code = code, Description = text };
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Đã có lỗi xảy ra.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác sửa. Hãy tải lại trang.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mật khẩu không đúng.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Mã xác thực không hợp lệ.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Tên đăng nhập “{userName}” chỉ được gồm chữ cái không dấu, chữ số và các ký tự . _ - @.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Tên đăng nhập “{userName}” đã được sử dụng.");
    public override IdentityError DuplicateEmail(string? email) => E(nameof(DuplicateEmail), $"Địa chỉ thư điện tử “{email}” đã được sử dụng.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Địa chỉ thư điện tử “{email}” không hợp lệ.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Tài khoản này không áp dụng khóa tạm thời.");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "Mã khôi phục không đúng.");
}
