using Digest.Site.Tests.TestSupport;

namespace Digest.Site.Tests.Editions;

/// <summary>Small sites with editions: three weeks of articles on two topics, one written edition with an introduction.</summary>
internal static class EditionSites
{
    public static FixtureSite Weekly(string language = "de", string settings = "") => Fill(new FixtureSite(), language, settings);

    public static FixtureSite Fill(FixtureSite site, string language = "de", string settings = "")
    {
        return site
            .File("site.yml", $"title: Lage\nlanguage: {language}\neditions: weekly\nhome: edition\nper_page: 2\n{settings}")
            .File("topics.yml", "- slug: energie\n  label: Energie\n- slug: sicherheit\n  label: Sicherheit\n")
            .File("experts.yml", "- name: Dr. Eva Kern\n  role: Analystin\n  org: Institut Nord\n")
            .Article("2024-04-30-gas", "Gasspeicher voll", "2024-04-30",
                "topics: [energie]\nsummary: Die Speicher sind gefüllt.\nexperts:\n  - name: Dr. Eva Kern\n    quotes: [\"Die Speicher reichen für den Winter.\"]",
                "## Lage\n\nText über Gas.\n\n![Karte](../images/karte.svg)\n")
            .File("images/karte.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>")
            .Article("2024-05-02-ostflanke", "Ostflanke rüstet auf", "2024-05-02",
                "topics: [sicherheit, energie]\nexperts:\n  - name: Jonas Feld\n    role: Oberst a. D.\n    quotes: [\"Abschreckung braucht Depots.\"]",
                "Siehe [Gas](2024-04-30-gas.md).")
            .Article("2024-05-09-strom", "Strompreise sinken", "2024-05-09", "topics: [energie]")
            .Article("2024-05-16-netz", "Netzausbau stockt", "2024-05-16", "topics: [energie]")
            .File("editions/woche-18.md",
                "---\ntitle: \"Die Woche: Gas und Ostflanke\"\ndate: 2024-05-06\nperiod: 2024-W18\nsummary: Zwei Themen.\n---\n"
                + "Diese Woche zählt die [Ostflanke](../articles/2024-05-02-ostflanke.md) und das **Gas**.\n");
    }
}
