using NmnGraph.Codegen.Emit;

namespace NmnGraph.Codegen.Tests;

public sealed class CodeWriterTests
{
    [Fact]
    public void Blocks_indent_four_spaces_with_lf_endings()
    {
        var writer = new CodeWriter();
        writer.Block("class A", w => w.Block("void M()", m => m.Line("return;")).Line());

        Assert.Equal("class A\n{\n    void M()\n    {\n        return;\n    }\n\n}\n", writer.ToString());
    }
}
