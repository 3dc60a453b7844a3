using System.Text;
using Digest.Import.People;

namespace Digest.TestSupport.Texts;

/// <summary>
/// A long invented article that names thousands of people, for the importer's scaling: every person has a surname of
/// their own (syllables combined), a given name the lexicon knows, one introduction (an expert role, an office or
/// none) and later mentions by surname alone, in German and English paragraphs. Deterministic: the same size gives
/// the same text. The bench's generator (tests/bench/many-names) writes the same text, so the test and the bench use one article.
/// </summary>
public static class ManyNamesText
{
    /// <summary>One planted person: the full name, and whether the text introduces them as an expert or an official.</summary>
    public sealed record Person(string Name, string Surname, bool Expert, bool Official, string? Quote);

    public sealed record Generated(string Text, IReadOnlyList<Person> People);

    private static readonly string[] GivenNames =
    [
        "Anna", "Jan", "Carla", "Felix", "Lena", "Jonas", "Miriam", "Tobias", "Sabine", "Ralf", "Katrin", "Stefan",
        "Ulrike", "Martin", "Petra", "Lukas", "Nina", "Daniel", "Eva", "Florian", "Heike", "Oliver", "Sophie", "Paul",
    ];

    private static readonly string[] SurnameHeads =
    [
        "Alt", "Brenn", "Dorn", "Eich", "Falk", "Grün", "Hein", "Kess", "Lind", "Moll", "Nord", "Pfeff", "Quast", "Ried",
        "Sell", "Tann", "Ulm", "Vogt", "Wend", "Zell", "Bram", "Cors", "Elm", "Fries", "Gell", "Horn", "Jurk", "Kamp",
        "Lutz", "Merk", "Nies", "Prell", "Rott", "Steg", "Trey", "Uhl", "Voss", "Wirth", "Zorn", "Hack",
    ];

    private static readonly string[] SurnameLinks = ["", "e", "i", "en", "o"];

    private static readonly string[] SurnameTails =
    [
        "hagen", "wald", "bach", "mair", "dorf", "feld", "berg", "brink", "holt", "stedt", "ow", "ski", "ing", "ius",
        "ani", "eck", "au", "is", "horst", "loh",
    ];

    private static readonly string[] ExpertRolesDe = ["Klimaforscherin", "Energieexperte", "Politologin", "Wirtschaftshistoriker", "Sicherheitsanalystin"];

    private static readonly string[] ExpertRolesEn = ["economist", "researcher", "analyst", "historian"];

    private static readonly string[] OfficesDe = ["Bürgermeisterin", "Regierungssprecher", "Ministerin", "Botschafter"];

    private static readonly string[] OfficesEn = ["ambassador", "governor", "spokeswoman"];

    private static readonly string[] Topics =
    [
        "die Versorgung mit Strom im Winter", "die Lage an den Häfen", "den Bau neuer Leitungen", "die Preise für Getreide",
        "die Pläne für den Nahverkehr", "die Zahl der Pendler", "die Reform der Schulen", "den Schutz der Küsten",
    ];

    private static readonly string[] TopicsEn =
    [
        "the supply of grain", "the state of the ports", "the cost of new railway lines", "the number of commuters",
        "the reform of local schools", "the protection of the coast", "the price of heating oil", "the harvest",
    ];

    private static readonly string[] FillerDe =
    [
        "Die Gespräche dauerten bis in den späten Abend, ein Ergebnis gab es zunächst nicht.",
        "Beobachter rechnen damit, dass die Frage noch lange offen bleibt.",
        "Zuvor hatten mehrere Verbände auf die steigenden Kosten hingewiesen.",
        "Eine Entscheidung soll nach der Sommerpause fallen.",
    ];

    private static readonly string[] FillerEn =
    [
        "The talks went on late into the evening without a result.",
        "Observers expect the question to stay open for some time.",
        "Several groups had pointed to rising costs before the meeting.",
        "A decision is expected after the summer break.",
    ];

    /// <summary>About <paramref name="targetChars"/> characters of article text (a headline, a date line, then paragraphs).</summary>
    public static Generated Generate(int targetChars)
    {
        var surnames = Surnames();
        var people = new List<Person>();
        var sb = new StringBuilder(targetChars + 4096);
        sb.Append("Stimmen aus Forschung und Politik: ein langer Tag der Gespräche\n\n3. Mai 2024\n\n");
        for (var i = 0; sb.Length < targetChars; i++)
        {
            if (i >= surnames.Count)
            {
                // Past the distinct surnames: more of the same kind of text, naming nobody new.
                AppendFiller(sb, i, (i & 1) == 0);
                continue;
            }
            var surname = surnames[i];
            var name = GivenNames[i * 7 % GivenNames.Length] + " " + surname;
            var german = (i & 1) == 0;
            var topic = german ? Topics[i % Topics.Length] : TopicsEn[i % TopicsEn.Length];
            AppendDetails(sb, i, surname, german);
            switch (i % 3)
            {
                case 0:
                    var quote = german
                        ? $"Für {topic} fehlen uns im Jahr {2000 + i % 25} noch {i + 3} Fachleute"
                        : $"For {topic} we still lack {i + 3} skilled people in {2000 + i % 25}";
                    people.Add(new Person(name, surname, Expert: true, Official: false, quote));
                    AppendExpert(sb, i, name, surname, german, topic, quote);
                    break;
                case 1:
                    people.Add(new Person(name, surname, Expert: false, Official: true, null));
                    AppendOfficial(sb, i, name, surname, german, topic);
                    break;
                default:
                    people.Add(new Person(name, surname, Expert: false, Official: false, null));
                    AppendPlain(sb, i, name, surname, german, topic);
                    break;
            }
        }
        return new Generated(sb.ToString(), people);
    }

    /// <summary>Distinct surnames that the lexicon reads as names (no role word, no stop word).</summary>
    private static List<string> Surnames()
    {
        var lexicon = Lexicon.Default;
        var result = new List<string>();
        foreach (var tail in SurnameTails)
        {
            foreach (var link in SurnameLinks)
            {
                foreach (var head in SurnameHeads)
                {
                    var s = head + link + tail;
                    if (lexicon.RoleOf(s) == RoleKind.None && !lexicon.NameStopwords.Contains(s) && !lexicon.FirstNames.Contains(s))
                    {
                        result.Add(s);
                    }
                }
            }
        }
        return result;
    }

    private static void AppendExpert(StringBuilder sb, int i, string name, string surname, bool german, string topic, string quote)
    {
        if (german)
        {
            var role = ExpertRolesDe[i % ExpertRolesDe.Length];
            sb.Append($"Über {topic} sprach am Vormittag die {role} {name} vor {i % 90 + 10} Gästen. ");
            sb.Append(FillerDe[i % FillerDe.Length]).Append(' ');
            sb.Append($"„{quote}“, sagt {surname}. ");
            sb.Append($"Auch in Runde {i} blieb {surname} bei dieser Einschätzung.\n\n");
        }
        else
        {
            var role = ExpertRolesEn[i % ExpertRolesEn.Length];
            sb.Append($"On {topic}, the {role} {name} spoke to {i % 90 + 10} guests in the morning. ");
            sb.Append(FillerEn[i % FillerEn.Length]).Append(' ');
            sb.Append($"“{quote}”, says {surname}. ");
            sb.Append($"In round {i}, {surname} kept to that view.\n\n");
        }
    }

    private static void AppendOfficial(StringBuilder sb, int i, string name, string surname, bool german, string topic)
    {
        if (german)
        {
            sb.Append($"Am Nachmittag äußerte sich {OfficesDe[i % OfficesDe.Length]} {name} über {topic}. ");
            sb.Append(FillerDe[(i + 1) % FillerDe.Length]).Append(' ');
            sb.Append($"Nach Sitzung {i} kündigte {surname} weitere Termine an.\n\n");
        }
        else
        {
            sb.Append($"In the afternoon, {OfficesEn[i % OfficesEn.Length]} {name} commented on {topic}. ");
            sb.Append(FillerEn[(i + 1) % FillerEn.Length]).Append(' ');
            sb.Append($"After session {i}, {surname} announced further meetings.\n\n");
        }
    }

    private static void AppendPlain(StringBuilder sb, int i, string name, string surname, bool german, string topic)
    {
        if (german)
        {
            sb.Append($"Zu den Gästen von Abend {i} gehörte auch {name}, der sich für {topic} interessiert. ");
            sb.Append($"Später fragte {surname} nach den Kosten.\n\n");
        }
        else
        {
            sb.Append($"Among the guests of evening {i} was {name}, who cares about {topic}. ");
            sb.Append($"Later, {surname} asked about the costs.\n\n");
        }
    }

    /// <summary>A paragraph of detail before the introduction; the surname recurs, as in reports that name someone often.</summary>
    private static void AppendDetails(StringBuilder sb, int i, string surname, bool german)
    {
        var filler = german ? FillerDe : FillerEn;
        for (var k = 0; k < 4; k++)
        {
            sb.Append(filler[(i + k) % filler.Length]).Append(' ');
        }
        sb.Append(german
            ? $"Der Name {surname} fiel in Sitzung {i} mehrfach, und auch am Tag danach war von {surname} die Rede.\n\n"
            : $"The name {surname} came up several times in session {i}, and {surname} was mentioned again the next day.\n\n");
    }

    private static void AppendFiller(StringBuilder sb, int i, bool german)
    {
        var filler = german ? FillerDe : FillerEn;
        sb.Append(german ? $"Abschnitt {i}: " : $"Section {i}: ");
        sb.Append(filler[i % filler.Length]).Append(' ').Append(filler[(i + 2) % filler.Length]).Append("\n\n");
    }
}
