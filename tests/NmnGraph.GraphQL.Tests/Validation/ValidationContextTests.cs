using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class ValidationContextTests
{
    [Fact]
    public void Tracks_parent_type_field_and_type_during_the_walk()
    {
        var recorder = new TypeRecorder();
        Run(recorder, "{ human { pets { ... on Dog { name } ...F } } } fragment F on Cat { meows }");

        Assert.Equal(
            [
                "QueryRoot.human: Human",
                "Human.pets: [Pet]",
                "Dog.name: String",
                "Cat.meows: Boolean",
            ],
            recorder.Fields);
    }

    [Fact]
    public void Tracks_input_types_through_arguments_lists_and_input_objects()
    {
        // As in graphql-js TypeInfo, a list value already sees its item type; the list type is the parent.
        var recorder = new TypeRecorder();
        Run(recorder, """
            query ($v: [String] = ["a"]) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: ["x", $v] })
              }
              dog @include(if: false) { name }
            }
            """);

        Assert.Equal(
            [
                "Variable: [String] in (none)",
                "ListValue: String in [String]",
                "StringValue: String in [String]",
                "ObjectValue: ComplexInput in (none)",
                "BooleanValue: Boolean! in ComplexInput",
                "ListValue: String in [String]",
                "StringValue: String in [String]",
                "Variable: String in [String]",
                "BooleanValue: Boolean! in (none)",
            ],
            recorder.Values);
    }

    [Fact]
    public void Skipping_children_mutes_only_the_rule_that_asked()
    {
        var skipper = new Skipper();
        var recorder = new TypeRecorder();
        Run([skipper, recorder], "{ dog { name } cat { meows } }");

        Assert.Equal(["dog", "cat", "meows"], skipper.Entered);
        Assert.Equal(["cat"], skipper.Left);
        Assert.Equal(4, recorder.Fields.Count);
    }

    [Fact]
    public void Collects_recursive_fragments_and_variable_usages()
    {
        var recorder = new UsageRecorder();
        Run(recorder, """
            query Q($a: Int, $b: Boolean) { ...A }
            fragment A on QueryRoot { complicatedArgs { intArgField(intArg: $a) } ...B }
            fragment B on QueryRoot { dog @include(if: $b) { name } ...A }
            """);

        Assert.Equal(["A", "B"], recorder.Fragments);
        Assert.Equal(["$a: Int", "$b: Boolean!"], recorder.Usages);
    }

    private static void Run(ValidationRule rule, string document) => Run([rule], document);

    private static void Run(ValidationRule[] rules, string document)
    {
        Func<ValidationRule>[] factories = [.. rules.Select(rule => (Func<ValidationRule>)(() => rule))];
        Assert.Empty(DocumentValidator.Validate(TestSchema.Instance, Parser.Parse(document), new ValidationOptions { Rules = factories }));
    }

    private sealed class TypeRecorder : ValidationRule
    {
        public List<string> Fields { get; } = [];

        public List<string> Values { get; } = [];

        public override VisitAction EnterField(FieldNode node, ValidationContext context)
        {
            Fields.Add($"{context.ParentType}.{context.FieldDefinition?.Name}: {context.Type}");
            return VisitAction.Continue;
        }

        public override VisitAction EnterValue(ValueNode node, ValidationContext context)
        {
            Values.Add($"{node.Kind}: {context.InputType} in {context.ParentInputType?.ToString() ?? "(none)"}");
            return VisitAction.Continue;
        }
    }

    private sealed class Skipper : ValidationRule
    {
        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        public override VisitAction EnterField(FieldNode node, ValidationContext context)
        {
            Entered.Add(node.Name.Value);
            return node.Name.Value == "dog" ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        public override void LeaveField(FieldNode node, ValidationContext context)
        {
            if (node.SelectionSet is not null)
            {
                Left.Add(node.Name.Value);
            }
        }
    }

    private sealed class UsageRecorder : ValidationRule
    {
        public List<string> Fragments { get; } = [];

        public List<string> Usages { get; } = [];

        public override void LeaveDocument(DocumentNode node, ValidationContext context)
        {
            var operation = (OperationDefinitionNode)node.Definitions[0];
            Fragments.AddRange(context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value));
            Usages.AddRange(context.GetRecursiveVariableUsages(operation).Select(u => $"${u.Node.Name.Value}: {u.Type}"));
        }
    }
}
