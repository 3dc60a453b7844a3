using System.Text;
using Digest.TestSupport.Texts;

// many-names OUT.txt [CHARS]: writes the invented many-names article (default 5,000,000 characters).
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: many-names OUT.txt [CHARS]");
    return 2;
}
var chars = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000_000;
var generated = ManyNamesText.Generate(chars);
File.WriteAllText(args[0], generated.Text, new UTF8Encoding(false));
var experts = 0;
foreach (var p in generated.People)
{
    experts += p.Expert ? 1 : 0;
}
Console.WriteLine($"{args[0]}: {generated.Text.Length} characters, {generated.People.Count} people named, {experts} of them experts");
return 0;
