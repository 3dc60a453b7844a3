using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Caching;

/// <summary>
/// Writes any value a template may see into a <see cref="FingerprintBuffer"/>: text, numbers and booleans as
/// themselves, lists and maps entry by entry, other objects property by property (<see cref="FingerprintShape"/>).
/// </summary>
internal static class ValueFingerprint
{
    /// <summary>Deeper values are not fingerprinted (a cycle, or data no page could show sensibly).</summary>
    public const int MaxDepth = 64;

    private static readonly ConditionalWeakTable<object, byte[]> HashedOnce = [];

    private static readonly byte[] NotHashable = [];

    /// <summary>Writes <paramref name="value"/>; false when it holds something that cannot be fingerprinted.</summary>
    public static bool Write(FingerprintBuffer buffer, object? value, int depth = 0)
    {
        switch (value)
        {
            case null:
                buffer.WriteTag(FingerprintBuffer.Tag.Null);
                return true;
            case string text:
                buffer.WriteText(text);
                return true;
            case bool flag:
                buffer.WriteBool(flag);
                return true;
            case int number:
                buffer.WriteInteger(number);
                return true;
            case long number:
                buffer.WriteInteger(number);
                return true;
            case double number:
                buffer.WriteFloat(number);
                return true;
            case byte[] bytes:
                buffer.WriteBytes(bytes);
                return true;
            case RenderedBody body:
                // A body enters as its own hash: a reused body is then never decoded, and ten kilobytes of HTML are
                // not copied only to be hashed.
                buffer.WriteBytes(body.Fingerprint);
                return true;
        }
        if (depth >= MaxDepth)
        {
            return false;
        }
        return value switch
        {
            DateTime or DateTimeOffset => WriteOther(buffer, value, ((IFormattable)value).ToString("O", CultureInfo.InvariantCulture)),
            Enum => WriteOther(buffer, value, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
            IFormattable formattable when value.GetType().IsPrimitive || value is decimal =>
                WriteOther(buffer, value, formattable.ToString(null, CultureInfo.InvariantCulture)),
            IDictionary map => WriteMap(buffer, map, depth),
            IList list => WriteList(buffer, list, depth),
            IEnumerable items => WriteItems(buffer, items, depth),
            _ => WriteObject(buffer, value, depth),
        };
    }

    private static bool WriteOther(FingerprintBuffer buffer, object value, string text)
    {
        buffer.WriteFixed(FingerprintBuffer.Tag.Other, FingerprintShape.For(value.GetType()).TypeId);
        buffer.WriteText(text);
        return true;
    }

    private static bool WriteMap(FingerprintBuffer buffer, IDictionary map, int depth)
    {
        buffer.WriteCount(FingerprintBuffer.Tag.Map, map.Count);
        var entries = map.GetEnumerator();
        while (entries.MoveNext())
        {
            if (!Write(buffer, entries.Key, depth + 1) || !Write(buffer, entries.Value, depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    private static bool WriteList(FingerprintBuffer buffer, IList list, int depth)
    {
        buffer.WriteCount(FingerprintBuffer.Tag.List, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (!Write(buffer, list[i], depth + 1))
            {
                return false;
            }
        }
        return true;
    }

    private static bool WriteItems(FingerprintBuffer buffer, IEnumerable items, int depth)
    {
        buffer.WriteTag(FingerprintBuffer.Tag.List);
        foreach (var item in items)
        {
            if (!Write(buffer, item, depth + 1))
            {
                return false;
            }
        }
        buffer.WriteTag(FingerprintBuffer.Tag.End);
        return true;
    }

    private static bool WriteObject(FingerprintBuffer buffer, object value, int depth)
    {
        var shape = FingerprintShape.For(value.GetType());
        if (shape.Getters.Length == 0)
        {
            // Nothing a template could read, or a type whose content is not in its properties: not cacheable.
            return false;
        }
        if (shape.HashedOnce)
        {
            var hash = HashedOnce.GetValue(value, static v =>
            {
                var own = new FingerprintBuffer(512);
                return WriteFields(own, FingerprintShape.For(v.GetType()), v, 0) ? own.Hash() : NotHashable;
            });
            if (hash.Length == 0)
            {
                return false;
            }
            buffer.WriteFixed(FingerprintBuffer.Tag.Hash, hash);
            return true;
        }
        return WriteFields(buffer, shape, value, depth);
    }

    private static bool WriteFields(FingerprintBuffer buffer, FingerprintShape shape, object value, int depth)
    {
        buffer.WriteFixed(FingerprintBuffer.Tag.Object, shape.TypeId);
        var getters = shape.Getters;
        for (var i = 0; i < getters.Length; i++)
        {
            if (!Write(buffer, getters[i](value), depth + 1))
            {
                return false;
            }
        }
        buffer.WriteTag(FingerprintBuffer.Tag.End);
        return true;
    }
}
