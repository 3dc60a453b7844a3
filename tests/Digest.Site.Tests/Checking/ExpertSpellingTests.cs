using Digest.Site.Checking;

namespace Digest.Site.Tests.Checking;

public class ExpertSpellingTests
{
    [Theory]
    [InlineData("lena marquardt", "lena marquart", true)]
    [InlineData("lena marquardt", "l. marquardt", true)]
    [InlineData("lena marquardt", "lena marquardt", false)]
    [InlineData("lena marquardt", "jonas marquart", false)]
    [InlineData("anna berg", "anna burg", false)]
    [InlineData("mateusz kowal", "mateusz kowalski", false)]
    public void Detects_likely_misspellings_of_the_same_person(string a, string b, bool expected)
    {
        Assert.Equal(expected, ExpertSpelling.LookAlike(a, b));
    }

    [Theory]
    [InlineData("Dr. Lena  Marquardt", "Lena Marquardt")]
    [InlineData("Prof. Dr. Jörg Müller", "Jörg Müller")]
    [InlineData("Lena Marquardt", "Lena Marquardt")]
    public void Spelling_ignores_titles_but_keeps_letters(string name, string expected)
    {
        Assert.Equal(expected, ExpertSpelling.Spelling(name));
    }
}
