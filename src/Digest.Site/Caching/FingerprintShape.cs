using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Caching;

/// <summary>
/// What of one type goes into a page fingerprint: every public instance property (those a template can read), found
/// by reflection once per type, so a view model that gains a property is fingerprinted without anyone remembering to
/// add it. Properties marked <see cref="JsonIgnoreAttribute"/> are left out; they stand in for data a template only
/// reaches through another property.
/// </summary>
public sealed class FingerprintShape
{
    private static readonly ConcurrentDictionary<Type, FingerprintShape> Shapes = new();

    private FingerprintShape(Type type)
    {
        TypeId = SHA256.HashData(Encoding.UTF8.GetBytes(type.FullName ?? type.Name))[..8];
        var properties = ReadableProperties(type);
        Names = new string[properties.Count];
        Getters = new Func<object, object?>[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            Names[i] = properties[i].Name;
            Getters[i] = Getter(type, properties[i]);
        }
        // A card appears on many pages (listings, neighbours, related articles) and is made once per article, so
        // its hash is computed once per card object and reused.
        HashedOnce = type == typeof(ArticleCardView);
    }

    /// <summary>Eight bytes that stand for the type, the same in every build.</summary>
    public byte[] TypeId { get; }

    /// <summary>The fingerprinted properties' names, in the order of <see cref="Getters"/>.</summary>
    public string[] Names { get; }

    public Func<object, object?>[] Getters { get; }

    /// <summary>Objects of this type are hashed once each and enter fingerprints as their hash.</summary>
    public bool HashedOnce { get; }

    public static FingerprintShape For(Type type) => Shapes.GetOrAdd(type, static t => new FingerprintShape(t));

    /// <summary>The public instance properties a template can read, by name, without those marked to be left out.</summary>
    public static List<PropertyInfo> ReadableProperties(Type type)
    {
        var result = new List<PropertyInfo>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                && property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            {
                result.Add(property);
            }
        }
        result.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        // An article page's body enters as the body's own hash: a reused body is then never decoded, and ten
        // kilobytes of HTML are not copied only to be hashed.
        if (type == typeof(ArticleView) && property.Name == nameof(ArticleView.Content))
        {
            return static view => ((ArticleView)view).Body.Fingerprint;
        }
        var instance = Expression.Parameter(typeof(object), "instance");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
