using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>
/// One form field, drawn the same way everywhere: the label, the hint, the error beside it (with aria-invalid and
/// aria-describedby for screen readers), and the input.
/// <code>&lt;field for="Input.DecidedOn" label="Ngày quyết định" kind="date" testid="decision-on" /&gt;</code>
/// <list type="bullet">
/// <item><c>kind</c>: text (the default), date (typed dd/MM/yyyy: short, the numeric keyboard, the format in the hint),
/// number (short, the numeric keyboard), textarea, password, search, tel, file; checkbox for a yes/no property (the box
/// inside its label); radios or checkboxes: one per item of <c>items</c>, in a fieldset whose legend is the label.
/// With <c>items</c> and no kind, a drop-down list.</item>
/// <item><c>for</c> binds the field to the model. <c>name</c> sends it under another name (a search box sent as
/// <c>q</c>), <c>id</c> gives it another id. A field with no property to bind has a name and, if any, a <c>value</c>;
/// its error is the one the error summary links to its id.</item>
/// <item><c>testid</c> is the field's data-testid; for radios and checkboxes, the prefix of each box's:
/// <c>{testid}-{value in kebab case}</c>, -yes and -no for true and false, unless the item is a <see cref="Choice"/>
/// naming its own.</item>
/// <item>Any other attribute (autocomplete, placeholder, accept, rows, class…) goes on the input itself.</item>
/// </list>
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public const string DateHint = "Ngày/tháng/năm, ví dụ 15/03/2026.";

    [HtmlAttributeName("for")] public ModelExpression? For { get; set; }
    [HtmlAttributeName("name")] public string? Name { get; set; }
    [HtmlAttributeName("id")] public string? Id { get; set; }
    [HtmlAttributeName("value")] public object? Value { get; set; }
    /// <summary>The label, or the legend of radios; by default the property's display name.</summary>
    [HtmlAttributeName("label")] public string? Label { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("kind")] public string Kind { get; set; } = "text";
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }
    [HtmlAttributeName("testid")] public string? TestId { get; set; }
    /// <summary>The choices of a drop-down list, radios or checkboxes.</summary>
    [HtmlAttributeName("items")] public IEnumerable<SelectListItem>? Items { get; set; }
    [HtmlAttributeNotBound, ViewContext] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (For is null && Name is null) throw new InvalidOperationException("<field> needs for or name.");
        var expression = For?.Name ?? Name!;
        var name = Name ?? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);
        var id = Id ?? TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState;
        var key = For is not null ? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression)
            : state.Keys.FirstOrDefault(k => TagBuilder.CreateSanitizedId(k, "_") == id) ?? name;
        var explorer = For?.ModelExplorer ?? ViewContext.ViewData.ModelExplorer.GetExplorerForExpression(typeof(object), Value);
        var type = Nullable.GetUnderlyingType(explorer.ModelType) ?? explorer.ModelType;
        if (type == typeof(bool) && Kind is not ("checkbox" or "radios")) throw new InvalidOperationException($"{expression} is a yes/no choice: kind=\"checkbox\" or \"radios\".");
        var label = Label ?? For?.Metadata.DisplayName ?? For?.Metadata.PropertyName ?? name;
        var hint = Hint ?? (Kind == "date" ? DateHint : null);
        var invalid = state.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
        var describedBy = string.Join(' ', new[] { hint is null ? null : id + "-hint", invalid ? id + "-error" : null }.OfType<string>());
        var group = Kind is "radios" or "checkboxes";

        // The input's attributes: those written on <field> that it does not read itself, then its own.
        var attributes = output.Attributes.ToDictionary(a => a.Name, a => (object?)Plain(a.Value));
        output.Attributes.Clear();
        void AddClass(string css) => attributes["class"] = attributes.TryGetValue("class", out var c) ? $"{c} {css}" : css;
        if (MaxLength is { } max) attributes["maxlength"] = max;
        if (TestId is { } testId && !group) attributes["data-testid"] = testId;
        if (invalid) attributes["aria-invalid"] = "true";
        if (describedBy.Length > 0 && !group) attributes["aria-describedby"] = describedBy;
        if (Kind is "search" or "tel") attributes["type"] = Kind;
        if (Kind is "date" or "number" or "tel") AddClass("input-short");
        // A number is typed in a text box with the numeric keyboard: type="number" would drop what it cannot read.
        var number = type == typeof(int) || type == typeof(long) || type == typeof(decimal);
        if (Items is null && (Kind is "date" or "number" || number && Kind == "text")) attributes["inputmode"] = "numeric";

        output.TagName = group ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Kind switch { "radios" => "field radios", "checkboxes" => "field checkboxes", "checkbox" => "field field-checkbox", _ => "field" });
        var hintHtml = hint is null ? null : new TagBuilder("span") { Attributes = { ["class"] = "hint", ["id"] = id + "-hint" } };
        hintHtml?.InnerHtml.Append(hint!);
        var error = generator.GenerateValidationMessage(ViewContext, For?.ModelExplorer, For is not null ? expression : key, null, "span", new { @class = "error-message" });
        error.Attributes["id"] = id + "-error";

        // Radios or checkboxes: a fieldset, its legend the question, each box inside its label.
        if (group)
        {
            output.Attributes.SetAttribute("id", id);
            if (describedBy.Length > 0) output.Attributes.SetAttribute("aria-describedby", describedBy);
            output.Content.AppendHtml("<legend>").Append(label).AppendHtml("</legend>").AppendHtml(hintHtml ?? (IHtmlContent)HtmlString.Empty).AppendHtml(error);
            var chosen = Chosen(entry, explorer.Model);
            foreach (var item in Items ?? [])
            {
                // Written in the order a reader expects (type, name, value, checked, then the rest), not sorted as TagBuilder would.
                var box = new Dictionary<string, object?> { ["type"] = Kind == "radios" ? "radio" : "checkbox", ["name"] = name, ["value"] = item.Value ?? "" };
                if (chosen?.Contains(item.Value ?? "") ?? item.Selected) box["checked"] = "checked";
                if (ItemTestId(item) is { } itemTestId) box["data-testid"] = itemTestId;
                foreach (var (n, v) in attributes) box.TryAdd(n, v);
                output.Content.AppendHtml("<label><input");
                foreach (var (n, v) in box) output.Content.AppendHtml($" {n}=\"").Append(v?.ToString() ?? "").AppendHtml("\"");
                output.Content.AppendHtml(" /> ").Append(item.Text).AppendHtml("</label>");
            }
            return;
        }
        if (Kind == "checkbox")
        {
            // As asp-for would: the box sends true when ticked and a hidden input false when not.
            var box = generator.GenerateCheckBox(ViewContext, explorer, expression, null, attributes);
            box.Attributes["name"] = name;
            box.Attributes["id"] = id;
            output.Content.AppendHtml(error).AppendHtml("<label>").AppendHtml(box).Append(" " + label).AppendHtml("</label>");
            if (hintHtml is not null) output.Content.AppendHtml(hintHtml);
            var unticked = generator.GenerateHiddenForCheckbox(ViewContext, explorer, expression);
            unticked.Attributes["name"] = name;
            if (ViewContext.CheckBoxHiddenInputRenderMode == CheckBoxHiddenInputRenderMode.EndOfForm && ViewContext.FormContext.CanRenderAtEndOfForm)
                ViewContext.FormContext.EndOfFormContent.Add(unticked);
            else output.PostElement.AppendHtml(unticked);
            return;
        }

        // One input under its label: a drop-down list, text area, password, file or text box.
        var input = Items is not null ? generator.GenerateSelect(ViewContext, explorer, null, expression, Items, false, attributes)
            : Kind switch
            {
                "textarea" => generator.GenerateTextArea(ViewContext, explorer, expression, 0, 0, attributes),
                "password" => generator.GeneratePassword(ViewContext, explorer, expression, null, attributes),
                "file" => new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing, Attributes = { ["type"] = "file" } },
                _ => generator.GenerateTextBox(ViewContext, explorer, expression, explorer.Model, null, attributes),
            };
        if (Kind == "file") input.MergeAttributes(attributes);
        input.Attributes["name"] = name;
        input.Attributes["id"] = id;
        var labelHtml = new TagBuilder("label") { Attributes = { ["for"] = id } };
        labelHtml.InnerHtml.Append(label);
        output.Content.AppendHtml(labelHtml);
        if (hintHtml is not null) output.Content.AppendHtml(hintHtml);
        output.Content.AppendHtml(error).AppendHtml(input);
    }

    /// <summary>The values chosen: those sent with the form, else the model's; nothing chosen yet lets items say (Selected).</summary>
    static HashSet<string>? Chosen(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry? sent, object? model)
    {
        IEnumerable<string?>? values = sent?.RawValue switch
        {
            string[] many => many,
            string one => [one],
            _ => model switch
            {
                null => null,
                bool yes => [yes ? "true" : "false"],
                string one => [one],
                System.Collections.IEnumerable many => many.Cast<object?>().Select(v => v?.ToString()),
                _ => [model.ToString()],
            },
        };
        return values?.Select(v => v ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    string? ItemTestId(SelectListItem item) => item is Choice { TestId: { } own } ? own
        : TestId is null || string.IsNullOrEmpty(item.Value) ? null
        : TestId + "-" + item.Value switch { "true" => "yes", "false" => "no", var v => Regex.Replace(v, "(?<=[a-z0-9])(?=[A-Z])", "-").ToLowerInvariant() };

    /// <summary>An attribute's value as written: Razor hands it over HTML-encoded.</summary>
    static string Plain(object? value)
    {
        if (value is not IHtmlContent html) return value?.ToString() ?? "";
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
