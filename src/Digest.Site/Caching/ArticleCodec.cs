using System.Globalization;
using Digest.Core.Model;

namespace Digest.Site.Caching;

/// <summary>
/// Binary form of a parsed article in the build cache. Every <see cref="Article"/> property is written here; a test fails
/// when <see cref="Article"/> gains one, so the cache can never silently drop a field.
/// </summary>
internal static class ArticleCodec
{
    /// <summary>Nested lists and maps in front matter deeper than this are not cached (the reader refuses them too).</summary>
    private const int MaxExtraDepth = 64;

    private enum Tag : byte
    {
        Null,
        Text,
        Boolean,
        Integer,
        Real,
        List,
        Map,
    }

    /// <summary>Writes every property except <see cref="Article.Body"/>, which the source text holds.</summary>
    public static void WriteArticle(BinaryWriter w, Article a)
    {
        w.Write(a.SourcePath);
        w.Write(a.FileStem);
        w.Write(a.Title);
        WriteDate(w, a.Date);
        w.Write(a.Updated is not null);
        if (a.Updated is { } updated)
        {
            WriteDate(w, updated);
        }
        w.Write(a.Topics.Count);
        foreach (var t in a.Topics)
        {
            w.Write(t.Name);
            WriteSpan(w, t.Span);
        }
        w.Write(a.Experts.Count);
        foreach (var e in a.Experts)
        {
            w.Write(e.Name);
            WriteOptional(w, e.Role);
            WriteOptional(w, e.Org);
            WriteStrings(w, e.Quotes);
            WriteSpan(w, e.Span);
        }
        WriteStrings(w, a.People);
        WriteOptional(w, a.Summary);
        WriteOptional(w, a.Source);
        WriteOptional(w, a.SourceUrl);
        WriteOptional(w, a.Author);
        WriteOptional(w, a.Lang);
        w.Write(a.Image is not null);
        if (a.Image is { } image)
        {
            WriteOptional(w, image.Src);
            WriteOptional(w, image.Alt);
            WriteOptional(w, image.Caption);
            WriteOptional(w, image.Credit);
            WriteSpan(w, image.Span);
            WriteSpan(w, image.SrcSpan);
        }
        WriteOptional(w, a.Slug);
        w.Write(a.Draft);
        WriteOptional(w, a.SourceFile);
        WriteOptional(w, a.ImportHash);
        WriteValue(w, a.Extra, 0);
        w.Write(a.BodyLine);
        WriteSpan(w, a.SlugSpan);
    }

    /// <summary>Reads an article written by <see cref="WriteArticle"/>; its body is empty until the caller supplies it.</summary>
    public static Article ReadArticle(BinaryReader r)
    {
        var sourcePath = r.ReadString();
        var fileStem = r.ReadString();
        var title = r.ReadString();
        var date = ReadDate(r);
        ArticleDate? updated = r.ReadBoolean() ? ReadDate(r) : null;
        var topics = new TopicRef[Count(r)];
        for (var i = 0; i < topics.Length; i++)
        {
            topics[i] = new TopicRef(r.ReadString(), ReadSpan(r));
        }
        var experts = new ExpertRef[Count(r)];
        for (var i = 0; i < experts.Length; i++)
        {
            experts[i] = new ExpertRef(r.ReadString(), ReadOptional(r), ReadOptional(r), ReadStrings(r), ReadSpan(r));
        }
        var people = ReadStrings(r);
        var summary = ReadOptional(r);
        var source = ReadOptional(r);
        var sourceUrl = ReadOptional(r);
        var author = ReadOptional(r);
        var lang = ReadOptional(r);
        ArticleImage? image = r.ReadBoolean()
            ? new ArticleImage(ReadOptional(r), ReadOptional(r), ReadOptional(r), ReadOptional(r), ReadSpan(r), ReadSpan(r))
            : null;
        var slug = ReadOptional(r);
        var draft = r.ReadBoolean();
        var sourceFile = ReadOptional(r);
        var importHash = ReadOptional(r);
        var extra = ReadValue(r, 0) as Dictionary<string, object?> ?? throw new InvalidDataException("extra fields are not a map");
        var bodyLine = r.ReadInt32();
        var slugSpan = ReadSpan(r);
        return new Article
        {
            SourcePath = sourcePath,
            FileStem = fileStem,
            Title = title,
            Date = date,
            Updated = updated,
            Topics = topics,
            Experts = experts,
            People = people,
            Summary = summary,
            Source = source,
            SourceUrl = sourceUrl,
            Author = author,
            Lang = lang,
            Image = image,
            Slug = slug,
            Draft = draft,
            SourceFile = sourceFile,
            ImportHash = importHash,
            Extra = extra,
            Body = string.Empty,
            BodyLine = bodyLine,
            SlugSpan = slugSpan,
        };
    }

    private static void WriteDate(BinaryWriter w, ArticleDate date)
    {
        w.Write(date.Year);
        w.Write(date.Month);
        w.Write(date.Day);
        w.Write(date.TimeOfDay?.Ticks ?? long.MinValue);
        w.Write(date.Offset?.Ticks ?? long.MinValue);
    }

    private static ArticleDate ReadDate(BinaryReader r)
    {
        var year = r.ReadInt32();
        var month = r.ReadInt32();
        var day = r.ReadInt32();
        var time = r.ReadInt64();
        var offset = r.ReadInt64();
        return new ArticleDate(year, month, day,
            time == long.MinValue ? null : TimeSpan.FromTicks(time),
            offset == long.MinValue ? null : TimeSpan.FromTicks(offset));
    }

    private static void WriteSpan(BinaryWriter w, SourceSpan span)
    {
        w.Write(span.Line);
        w.Write(span.Column);
    }

    private static SourceSpan ReadSpan(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32());

    internal static void WriteOptional(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null)
        {
            w.Write(s);
        }
    }

    internal static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> list)
    {
        w.Write(list.Count);
        foreach (var s in list)
        {
            w.Write(s);
        }
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var list = new string[Count(r)];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = r.ReadString();
        }
        return list;
    }

    /// <summary>Front matter values Digest does not know: strings, booleans, numbers, lists and maps.</summary>
    private static void WriteValue(BinaryWriter w, object? value, int depth)
    {
        if (depth > MaxExtraDepth)
        {
            throw new InvalidDataException("front matter nested too deeply to cache");
        }
        switch (value)
        {
            case null:
                w.Write((byte)Tag.Null);
                break;
            case string s:
                w.Write((byte)Tag.Text);
                w.Write(s);
                break;
            case bool b:
                w.Write((byte)Tag.Boolean);
                w.Write(b);
                break;
            case long l:
                w.Write((byte)Tag.Integer);
                w.Write(l);
                break;
            case double d:
                w.Write((byte)Tag.Real);
                w.Write(d);
                break;
            case IReadOnlyDictionary<string, object?> map:
                w.Write((byte)Tag.Map);
                w.Write(map.Count);
                foreach (var (k, v) in map)
                {
                    w.Write(k);
                    WriteValue(w, v, depth + 1);
                }
                break;
            case IReadOnlyList<object?> list:
                w.Write((byte)Tag.List);
                w.Write(list.Count);
                foreach (var item in list)
                {
                    WriteValue(w, item, depth + 1);
                }
                break;
            default:
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"cannot cache a front matter value of type {value.GetType().Name}"));
        }
    }

    private static object? ReadValue(BinaryReader r, int depth)
    {
        if (depth > MaxExtraDepth)
        {
            throw new InvalidDataException("nested too deeply");
        }
        switch ((Tag)r.ReadByte())
        {
            case Tag.Null:
                return null;
            case Tag.Text:
                return r.ReadString();
            case Tag.Boolean:
                return r.ReadBoolean();
            case Tag.Integer:
                return r.ReadInt64();
            case Tag.Real:
                return r.ReadDouble();
            case Tag.List:
                var count = Count(r);
                var list = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    list.Add(ReadValue(r, depth + 1));
                }
                return list;
            case Tag.Map:
                var size = Count(r);
                var map = new Dictionary<string, object?>(size, StringComparer.Ordinal);
                for (var i = 0; i < size; i++)
                {
                    var key = r.ReadString();
                    map[key] = ReadValue(r, depth + 1);
                }
                return map;
            default:
                throw new InvalidDataException("unknown value tag");
        }
    }

    /// <summary>A count read back; a damaged file must not make us allocate gigabytes.</summary>
    internal static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        var left = r.BaseStream.Length - r.BaseStream.Position;
        if (n < 0 || n > left)
        {
            throw new InvalidDataException("count out of range");
        }
        return n;
    }
}
