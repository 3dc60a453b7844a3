using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Caching;

/// <summary>
/// What of one type goes into a page fingerprint, found by reflection once per type, so a view model that gains a
/// property is fingerprinted without anyone remembering to add it. For a record that is what it is made of: its
/// constructor's values and any settable property; its other properties are computed from those (an article page's
/// title and date are its card's), and walking them again would only repeat what is already in the hash. For any
/// other type it is every public instance property a template can read.
/// </summary>
internal sealed class FingerprintShape
{
    private static readonly ConcurrentDictionary<Type, FingerprintShape> Shapes = new();

    private FingerprintShape(Type type)
    {
        TypeId = SHA256.HashData(Encoding.UTF8.GetBytes(type.FullName ?? type.Name))[..8];
        var properties = ReadableProperties(type);
        Getters = new Func<object, object?>[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            Getters[i] = Getter(type, properties[i]);
        }
        // A card appears on many pages (listings, neighbours, related articles) and is made once per article, so
        // its hash is computed once per card object and reused.
        HashedOnce = type == typeof(ArticleCardView);
    }

    /// <summary>Eight bytes that stand for the type, the same in every build.</summary>
    public byte[] TypeId { get; }

    /// <summary>Readers of the properties that make up a value, in name order.</summary>
    public Func<object, object?>[] Getters { get; }

    /// <summary>Objects of this type are hashed once each and enter fingerprints as their hash.</summary>
    public bool HashedOnce { get; }

    public static FingerprintShape For(Type type) => Shapes.GetOrAdd(type, static t => new FingerprintShape(t));

    /// <summary>The properties that make up a value of <paramref name="type"/>, by name (see the type's summary).</summary>
    // The types fingerprinted are the view models, whose public properties and constructors stay in a trimmed or
    // native build because the template engine registers them for reading (ViewModelRegistry), and the framework's
    // own collections and primitives.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "View models are kept whole by their template registration.")]
    public static List<PropertyInfo> ReadableProperties(Type type)
    {
        var constructorValues = RecordConstructorValues(type);
        var result = new List<PropertyInfo>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                && (constructorValues is null || constructorValues.Contains(property.Name) || property.SetMethod is not null))
            {
                result.Add(property);
            }
        }
        result.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    /// <summary>
    /// The names of a record's primary-constructor values, or null when the type is not a record or its constructor
    /// cannot be read: then every property is walked, which is slower but never leaves a value out of the hash.
    /// </summary>
    // The template registration keeps the view models' properties, not their methods: without these, a native build found
    // no record's clone method, took every view model for a plain class and fingerprinted its computed properties too
    // (an article page's whole body HTML, read from the cache and decoded, on every rebuild). A view model missing here
    // is still fingerprinted correctly in a native build, only with its computed properties as well.
    private const DynamicallyAccessedMemberTypes KeptForRecords = DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors;

    [DynamicDependency(KeptForRecords, typeof(SiteView))]
    [DynamicDependency(KeptForRecords, typeof(PageView))]
    [DynamicDependency(KeptForRecords, typeof(FeedLinkView))]
    [DynamicDependency(KeptForRecords, typeof(DateView))]
    [DynamicDependency(KeptForRecords, typeof(TopicLinkView))]
    [DynamicDependency(KeptForRecords, typeof(ExpertLinkView))]
    [DynamicDependency(KeptForRecords, typeof(ImageView))]
    [DynamicDependency(KeptForRecords, typeof(ArticleCardView))]
    [DynamicDependency(KeptForRecords, typeof(TocEntryView))]
    [DynamicDependency(KeptForRecords, typeof(ArticleView))]
    [DynamicDependency(KeptForRecords, typeof(PagerView))]
    [DynamicDependency(KeptForRecords, typeof(PagerLinkView))]
    [DynamicDependency(KeptForRecords, typeof(TopicSummaryView))]
    [DynamicDependency(KeptForRecords, typeof(ExpertSummaryView))]
    [DynamicDependency(KeptForRecords, typeof(QuoteView))]
    [DynamicDependency(KeptForRecords, typeof(ArchiveYearView))]
    [DynamicDependency(KeptForRecords, typeof(ArchiveMonthView))]
    [DynamicDependency(KeptForRecords, typeof(EditionLinkView))]
    [DynamicDependency(KeptForRecords, typeof(EditionQuoteView))]
    [DynamicDependency(KeptForRecords, typeof(EditionItemView))]
    [DynamicDependency(KeptForRecords, typeof(EditionSectionView))]
    [DynamicDependency(KeptForRecords, typeof(EditionView))]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "View models are kept whole by their template registration.")]
    private static HashSet<string>? RecordConstructorValues(Type type)
    {
        // Records are the only types with a compiler-made clone method; their widest constructor is the primary one.
        if (type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is null)
        {
            return null;
        }
        ConstructorInfo? primary = null;
        foreach (var constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            var parameters = constructor.GetParameters();
            if ((parameters.Length != 1 || parameters[0].ParameterType != type)
                && (primary is null || parameters.Length > primary.GetParameters().Length))
            {
                primary = constructor;
            }
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in primary?.GetParameters() ?? [])
        {
            if (string.IsNullOrEmpty(parameter.Name))
            {
                return null;
            }
            names.Add(parameter.Name);
        }
        return names.Count == 0 ? null : names;
    }

    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        // A native build cannot make generic code at run time, so it reads through reflection: slower, same values.
        if (type.IsValueType || !RuntimeFeature.IsDynamicCodeSupported)
        {
            return property.GetValue;
        }
        // A delegate bound straight to the getter: compiling expression trees instead cost a short build more start-up
        // time than fingerprinting itself.
        var typed = typeof(FingerprintShape).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type, property.PropertyType);
        return (Func<object, object?>)typed.Invoke(null, [property.GetMethod!])!;
    }

    private static Func<object, object?> Typed<TInstance, TValue>(MethodInfo getter)
        where TInstance : class
    {
        var read = getter.CreateDelegate<Func<TInstance, TValue>>();
        return instance => read((TInstance)instance);
    }
}
