using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Shared.Forms;

public static class ModelBindingMessages
{
    /// <summary>What a form says when a typed value cannot be read, e.g. letters in a number field.</summary>
    public static IServiceCollection AddModelBindingMessagesInVietnamese(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o =>
        {
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị “{value}” không hợp lệ.");
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
            m.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
            m.SetValueMustBeANumberAccessor(_ => "Trường này phải là một số.");
            m.SetNonPropertyValueMustBeANumberAccessor(() => "Trường này phải là một số.");
            m.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
            m.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
            m.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
            m.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
            m.SetValueMustNotBeNullAccessor(_ => FormMessages.Required("Trường này"));
        });
}
