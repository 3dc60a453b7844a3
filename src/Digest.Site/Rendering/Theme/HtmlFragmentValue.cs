using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Digest.Site.Rendering.Theme;

/// <summary>
/// A piece of HTML held as UTF-8 (an article body, a page's inner template) that a template sees as the string it
/// stands for. Shown through <c>| raw</c> into a page writer, its bytes are copied as they are: the body or inner page is
/// neither decoded to a string nor encoded again. Everything else (comparisons, <c>size</c>, encoded output) behaves as
/// the equal string value does, made on first use.
/// </summary>
internal sealed class HtmlFragmentValue : FluidValue
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly bool _encode;
    private StringValue? _asString;

    public HtmlFragmentValue(ReadOnlyMemory<byte> utf8, bool encode = true)
    {
        _utf8 = utf8;
        _encode = encode;
    }

    /// <summary>The same fragment, shown without HTML encoding (what the <c>raw</c> filter makes of it).</summary>
    public HtmlFragmentValue Raw() => _encode ? new HtmlFragmentValue(_utf8, encode: false) : this;

    private StringValue AsString => _asString ??= new StringValue(Encoding.UTF8.GetString(_utf8.Span), _encode);

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => AsString.Equals(other);

    public override bool ToBooleanValue() => AsString.ToBooleanValue();

    public override decimal ToNumberValue() => AsString.ToNumberValue();

    public override string ToStringValue() => AsString.ToStringValue();

    public override object ToObjectValue() => AsString.ToObjectValue();

    public override bool Contains(FluidValue value) => AsString.Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString.Enumerate(context);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString.GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString.GetIndexAsync(index, context);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (!_encode && writer is Utf8PageWriter page)
        {
            page.WriteUtf8(_utf8.Span);
            return ValueTask.CompletedTask;
        }
        return AsString.WriteToAsync(writer, encoder, cultureInfo);
    }

    [Obsolete("Fluid's synchronous writing; kept for callers that still use it.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        WriteToAsync(writer, encoder, cultureInfo).AsTask().GetAwaiter().GetResult();

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => AsString.GetHashCode();
}
