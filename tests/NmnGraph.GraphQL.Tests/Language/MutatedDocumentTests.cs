using System.Text;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

/// <summary>
/// Seeded (deterministic) mutations of the kitchen sinks: whatever the input, the parser either returns a document
/// that round-trips through the printer or throws a syntax error; nothing else escapes.
/// </summary>
public sealed class MutatedDocumentTests
{
    private const string Alphabet = "{}()[]!$&:=@|.\"\\#,\n\r\t -_0123456789aeEuxz\u00e9\uD83D\uDE00\uFEFF'";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Mutated_documents_parse_or_fail_with_a_syntax_error(int seed)
    {
        var random = new Random(seed);
        string[] sources = [KitchenSinkTests.ExecutableKitchenSink, KitchenSinkTests.SchemaKitchenSink];
        int parsed = 0;
        int rejected = 0;

        for (int iteration = 0; iteration < 500; iteration++)
        {
            string source = Mutate(sources[iteration % 2], random);
            DocumentNode document;
            try
            {
                document = Parser.Parse(source);
            }
            catch (GraphQLException exception)
            {
                GraphQLError error = Assert.Single(exception.Errors);
                Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
                Assert.Single(error.Locations!);
                rejected++;
                continue;
            }

            string printed = Printer.Print(document);
            DocumentNode reparsed = Parser.Parse(printed);
            AstComparer.AssertEqual(document, reparsed);
            Assert.Equal(printed, Printer.Print(reparsed));
            parsed++;
        }

        Assert.True(parsed > 0 && rejected > 0, $"parsed {parsed}, rejected {rejected}");
    }

    private static string Mutate(string source, Random random)
    {
        var builder = new StringBuilder(source);
        int edits = random.Next(1, 6);
        for (int edit = 0; edit < edits; edit++)
        {
            int position = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(position, Math.Min(random.Next(1, 4), builder.Length - position));
                    break;
                case 1:
                    builder.Insert(position, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    builder[position] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }

        return builder.ToString();
    }
}
