using System.Reflection;
using Digest.Site.Caching;
using Digest.Site.Rendering.Markdown;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Tests.Caching;

/// <summary>
/// Every view model, every value: changing any constructor argument of any view model changes the fingerprint of a
/// page that shows it. A view model that gains a property a fingerprint misses makes these tests fail.
/// </summary>
public sealed class PageFingerprintCoverageTests
{
    private static readonly Type[] ViewModels = typeof(ArticleView).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(ArticleView).Namespace && t.IsClass && !t.IsAbstract && t.GetConstructors().Length > 0)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> ViewModelNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in ViewModels)
        {
            data.Add(type.Name);
        }
        return data;
    }

    [Fact]
    public void The_view_models_are_found()
    {
        Assert.Contains(typeof(ArticleView), ViewModels);
        Assert.Contains(typeof(ArticleCardView), ViewModels);
        Assert.True(ViewModels.Length >= 15);
    }

    [Theory]
    [MemberData(nameof(ViewModelNames))]
    public void Every_constructor_argument_changes_the_fingerprint(string name)
    {
        var type = ViewModels.Single(t => t.Name == name);
        var constructor = PrimaryConstructor(type);
        var parameters = constructor.GetParameters();
        var baseline = parameters.Select(p => Sample(p.ParameterType, 0)).ToArray();
        var original = Of(constructor.Invoke(baseline));
        Assert.NotNull(original);
        Assert.Equal(original, Of(constructor.Invoke(parameters.Select(p => Sample(p.ParameterType, 0)).ToArray())));
        for (var i = 0; i < parameters.Length; i++)
        {
            var changed = (object?[])baseline.Clone();
            changed[i] = Sample(parameters[i].ParameterType, 1);
            Assert.True(!original.AsSpan().SequenceEqual(Of(constructor.Invoke(changed))), $"{type.Name}.{parameters[i].Name} is not in the fingerprint");
        }
    }

    [Theory]
    [MemberData(nameof(ViewModelNames))]
    public void Every_readable_property_is_set_by_the_constructor_or_derived_from_it(string name)
    {
        var type = ViewModels.Single(t => t.Name == name);
        var arguments = PrimaryConstructor(type).GetParameters().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // A property outside the constructor would escape the test above unless it only reads other values.
            Assert.True(arguments.Contains(property.Name) || property.SetMethod is null,
                $"{type.Name}.{property.Name} is settable but not a constructor argument: extend this test to cover it");
        }
    }

    [Fact]
    public void Values_inside_extra_data_change_the_fingerprint()
    {
        Dictionary<string, object?> Extra(object? value) => new() { ["kennzahlen"] = new List<object?> { 1L, value, new Dictionary<string, object?> { ["x"] = true } } };
        var site = (object? value) => Of(new SiteView("T", null, "de", null, null, null, Extra(value)));

        Assert.Equal(site("a"), site("a"));
        Assert.NotEqual(site("a"), site("b"));
        Assert.NotEqual(site(2L), site(3L));
        Assert.NotEqual(site(2.5), site(2.25));
        Assert.NotEqual(site(null), site(""));
        Assert.NotEqual(site(false), site(true));
    }

    [Fact]
    public void Values_that_cannot_be_fingerprinted_leave_the_page_uncached()
    {
        var page = PageFingerprint.Compute("home", "index.html", "T", null, [], [new("x", new object())]);

        Assert.Null(page);
    }

    private static byte[]? Of(object? value) => PageFingerprint.Compute("page", "index.html", "T", null, [], [new("value", value)]);

    private static ConstructorInfo PrimaryConstructor(Type type) =>
        type.GetConstructors().Where(c => c.GetParameters().All(p => p.ParameterType != type)).OrderByDescending(c => c.GetParameters().Length).First();

    /// <summary>A value of <paramref name="type"/>; variant 0 and 1 differ in what a template would show.</summary>
    private static object? Sample(Type type, int variant)
    {
        if (type == typeof(string))
        {
            return variant == 0 ? "a" : "b";
        }
        if (type == typeof(int))
        {
            return variant + 1;
        }
        if (type == typeof(bool))
        {
            return variant == 1;
        }
        if (type == typeof(RenderedBody))
        {
            return new RenderedBody(variant == 0 ? "<p>a</p>" : "<p>b</p>", [], 1);
        }
        if (type == typeof(IReadOnlyDictionary<string, object?>))
        {
            return new Dictionary<string, object?> { ["k"] = variant == 0 ? "a" : "b" };
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Sample(element, variant));
            return list;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Sample(underlying, variant);
        }
        if (ViewModels.Contains(type))
        {
            var constructor = PrimaryConstructor(type);
            return constructor.Invoke(constructor.GetParameters().Select(p => Sample(p.ParameterType, variant)).ToArray());
        }
        throw new InvalidOperationException($"no sample value for {type}: extend this test");
    }
}
