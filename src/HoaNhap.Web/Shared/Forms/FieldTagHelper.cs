using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>
/// One form field, drawn the same way everywhere: the label, the hint, the error beside it (with aria-invalid and
/// aria-describedby for screen readers), and the input. A date (<c>kind="date"</c>) is typed as dd/MM/yyyy: a short
/// field with the numeric keyboard on a phone and the format in the hint. With <c>items</c> it is a drop-down list.
/// <code>&lt;field for="Input.DecidedOn" label="Ngày quyết định" kind="date" testid="decision-on" /&gt;</code>
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public const string DateHint = "Ngày/tháng/năm, ví dụ 15/03/2026.";

    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>text (the default), date, number or textarea.</summary>
    [HtmlAttributeName("kind")] public string Kind { get; set; } = "text";
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }
    [HtmlAttributeName("testid")] public string? TestId { get; set; }
    /// <summary>The choices of a drop-down list; the field is then a select.</summary>
    [HtmlAttributeName("items")] public IEnumerable<SelectListItem>? Items { get; set; }
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errorId = id + "-error";
        var hint = Hint ?? (Kind == "date" ? DateHint : null);
        var invalid = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;

        var attributes = new Dictionary<string, object>();
        // As asp-for would: a number property is a number input; a yes/no one is not a typed field (use radios).
        var type = Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType;
        if (type == typeof(bool)) throw new InvalidOperationException($"<field> draws typed input; {For.Name} is a yes/no choice: use radios.");
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double)) attributes["type"] = "number";
        if (MaxLength is { } max) attributes["maxlength"] = max;
        if (TestId is { } testId) attributes["data-testid"] = testId;
        if (Kind is "date" or "number") { attributes["inputmode"] = "numeric"; attributes["class"] = "input-short"; }
        var describedBy = new List<string>();
        if (hint is not null) describedBy.Add(id + "-hint");
        if (invalid) { attributes["aria-invalid"] = "true"; describedBy.Add(errorId); }
        if (describedBy.Count > 0) attributes["aria-describedby"] = string.Join(' ', describedBy);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field");
        output.Content.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, Label, null));
        if (hint is not null) output.Content.AppendHtml($"<span class=\"hint\" id=\"{id}-hint\">").Append(hint).AppendHtml("</span>");
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, null, "span", new { @class = "error-message" });
        error.Attributes["id"] = errorId;
        output.Content.AppendHtml(error);
        output.Content.AppendHtml(Items is not null
            ? generator.GenerateSelect(ViewContext, For.ModelExplorer, null, For.Name, Items, false, attributes)
            : Kind == "textarea"
                ? generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, 0, 0, attributes)
                : generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, null, attributes));
    }
}
