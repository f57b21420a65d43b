using Coex.Graphs;
using Coex.Tensors;

namespace Coex.Tests.Graphs;

public class GraphValidatorTests
{
    /// <summary>x -> Relu -> a -> Add(a, w) -> y, with w an initializer.</summary>
    private static (Graph Graph, Value X, Value A, Value Y) Chain()
    {
        var g = new Graph { Name = "chain" };
        var x = new Value("x", DType.F32);
        x.SetShape(2, 3);
        g.Inputs.Add(x);
        var w = g.AddInitializer("w", Tensor.Zeros(DType.F32, 2, 3));
        var a = new Value("a");
        var y = new Value("y");
        g.AddNode("Relu", [x], [a], name: "relu");
        g.AddNode("Add", [a, w], [y], name: "add");
        g.Outputs.Add(y);
        return (g, x, a, y);
    }

    [Fact]
    public void Valid_chain_passes()
    {
        GraphValidator.Validate(Chain().Graph);
    }

    [Fact]
    public void Initializer_listed_as_input_is_an_overridable_default()
    {
        var (g, _, _, _) = Chain();
        g.Inputs.Add(g.Initializers[0].Value);
        GraphValidator.Validate(g);
    }

    [Fact]
    public void Omitted_optional_inputs_and_outputs_are_allowed()
    {
        var (g, _, a, _) = Chain();
        var z = new Value("z");
        g.AddNode("Dropout", [a, null, null], [z, null], name: "drop");
        g.Outputs.Add(z);
        GraphValidator.Validate(g);
    }

    [Fact]
    public void Dangling_input_is_named()
    {
        var (g, _, _, y) = Chain();
        g.AddNode("Mul", [y, new Value("ghost")], [new Value("z")], name: "mul");
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("'ghost'", e.Message);
        Assert.Contains("'mul'", e.Message);
        Assert.Contains("dangling", e.Message);
    }

    [Fact]
    public void Cycle_names_a_node_on_the_cycle()
    {
        // x -> Relu(x, c) -> a -> Neg -> b -> Abs -> c : relu, neg and abs form a cycle; "tail" only follows it.
        var g = new Graph();
        var x = new Value("x");
        g.Inputs.Add(x);
        Value a = new("a"), b = new("b"), c = new("c"), d = new("d");
        g.AddNode("Add", [x, c], [a], name: "add");
        g.AddNode("Neg", [a], [b], name: "neg");
        g.AddNode("Abs", [b], [c], name: "abs");
        g.AddNode("Relu", [c], [d], name: "tail");
        g.Outputs.Add(d);
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("cycle", e.Message);
        Assert.Matches("'(add|neg|abs)'", e.Message);
        Assert.DoesNotContain("tail", e.Message);
        Assert.Throws<InvalidGraphException>(() => GraphValidator.SortTopologically(g));
    }

    [Fact]
    public void Self_loop_is_a_cycle()
    {
        var g = new Graph();
        var a = new Value("a");
        g.AddNode("Identity", [a], [a], name: "self");
        g.Outputs.Add(a);
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("'self'", e.Message);
    }

    [Fact]
    public void Out_of_order_nodes_fail_validation_and_sort_fixes_them()
    {
        var (g, _, _, _) = Chain();
        g.Nodes.Reverse();
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("topological order", e.Message);
        GraphValidator.SortTopologically(g);
        Assert.Equal(["relu", "add"], g.Nodes.Select(n => n.Name));
        GraphValidator.Validate(g);
    }

    [Fact]
    public void Sort_keeps_an_already_sorted_order()
    {
        var g = new Graph();
        var x = new Value("x");
        g.Inputs.Add(x);
        var outs = new List<Value>();
        for (int i = 0; i < 5; i++)
        {
            var o = new Value($"o{i}");
            g.AddNode("Neg", [x], [o], name: $"n{i}");
            g.Outputs.Add(o);
        }
        GraphValidator.SortTopologically(g);
        Assert.Equal(["n0", "n1", "n2", "n3", "n4"], g.Nodes.Select(n => n.Name));
    }

    [Fact]
    public void Two_producers_of_one_value_fail()
    {
        var (g, x, a, _) = Chain();
        g.AddNode("Neg", [x], [a], name: "again");
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("'a' is produced twice", e.Message);
    }

    [Fact]
    public void Two_values_with_one_name_fail()
    {
        var (g, x, _, _) = Chain();
        g.AddNode("Neg", [x], [new Value("a")], name: "twin");
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("named 'a'", e.Message);
    }

    [Fact]
    public void Unproduced_graph_output_fails()
    {
        var (g, _, _, _) = Chain();
        g.Outputs.Add(new Value("nowhere"));
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("graph output 'nowhere'", e.Message);
    }

    [Fact]
    public void Initializer_disagreeing_with_its_declared_shape_fails()
    {
        var (g, _, _, _) = Chain();
        g.Initializers[0].Value.SetShape(3, 2);
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("'w'", e.Message);
    }

    [Fact]
    public void Duplicate_attribute_names_fail()
    {
        var (g, _, _, _) = Chain();
        g.Nodes[0].Attributes.Add(NodeAttribute.Int("k", 1));
        g.Nodes[0].Attributes.Add(NodeAttribute.Int("k", 2));
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("two attributes named 'k'", e.Message);
    }

    private static (Graph Outer, Graph Body, Value Later) IfWithBody()
    {
        // cond -> If(then: reads x from the outer graph) -> r ; "later" is produced after the If.
        var g = new Graph { Name = "outer" };
        var cond = new Value("cond", DType.Bool);
        var x = new Value("x", DType.F32);
        g.Inputs.AddRange([cond, x]);
        var body = new Graph { Name = "then" };
        var t = new Value("t");
        body.AddNode("Neg", [x], [t], name: "inner");
        body.Outputs.Add(t);
        var r = new Value("r");
        var ifNode = g.AddNode("If", [cond], [r], name: "if");
        ifNode.Attributes.Add(NodeAttribute.Graph("then_branch", body));
        var later = new Value("later");
        g.AddNode("Neg", [x], [later], name: "after");
        g.Outputs.AddRange([r, later]);
        return (g, body, later);
    }

    [Fact]
    public void Subgraph_may_read_outer_values()
    {
        GraphValidator.Validate(IfWithBody().Outer);
    }

    [Fact]
    public void Subgraph_reading_a_later_outer_value_is_reordered_by_sort()
    {
        var (g, body, later) = IfWithBody();
        body.Nodes[0].Inputs[0] = later;
        Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        GraphValidator.SortTopologically(g);
        Assert.Equal(["after", "if"], g.Nodes.Select(n => n.Name));
        GraphValidator.Validate(g);
    }

    [Fact]
    public void Dangling_input_inside_subgraph_names_the_path()
    {
        var (g, body, _) = IfWithBody();
        body.Nodes[0].Inputs[0] = new Value("ghost");
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("attribute 'then_branch'", e.Message);
        Assert.Contains("'ghost'", e.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var g = new Graph { Name = "g0" };
        var current = g;
        for (int depth = 1; depth <= GraphValidator.MaxNesting + 1; depth++)
        {
            var sub = new Graph { Name = $"g{depth}" };
            current.AddNode("If", [], [], name: $"if{depth}").Attributes.Add(NodeAttribute.Graph("then_branch", sub));
            current = sub;
        }
        var e = Assert.Throws<InvalidGraphException>(() => GraphValidator.Validate(g));
        Assert.Contains("nested", e.Message);
    }

    [Fact]
    public void Attribute_accessors_check_the_kind()
    {
        var a = NodeAttribute.Ints("perm", [1, 0]);
        Assert.Equal([1L, 0L], a.AsInts());
        var e = Assert.Throws<InvalidOperationException>(() => a.AsFloat());
        Assert.Contains("'perm'", e.Message);
    }
}
