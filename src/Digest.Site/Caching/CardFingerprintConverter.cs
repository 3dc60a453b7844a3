using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Caching;

/// <summary>
/// Writes an article card into a page fingerprint as the hash of the card, computed once per card object. The same
/// card appears on a home page, its topics' and experts' pages, the archive and its neighbours' article pages;
/// serializing it in full every time cost more than everything else in the fingerprints together.
/// </summary>
public sealed class CardFingerprintConverter : JsonConverter<ArticleCardView>
{
    private static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Cards are made once per article by the view-model factory, so a card object stands for one card's data.
    private readonly ConditionalWeakTable<ArticleCardView, string> _hashes = [];

    public override ArticleCardView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("fingerprints are only written");

    public override void Write(Utf8JsonWriter writer, ArticleCardView value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_hashes.GetValue(value, static card =>
        {
            using var stream = new HashingStream();
            JsonSerializer.Serialize(stream, card, Plain);
            return Convert.ToBase64String(stream.Finish());
        }));
}
