using System.CommandLine;
using OpenYusuan.Web;
using OpenYusuan.Web.Data;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`yusuan users add|list|remove`: the web app's accounts, kept in the store. The password is read from stdin
/// (never from the command line, where other users could see it in the process list).</summary>
public static class UsersCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var command = new Command("users", "管理网页服务的账户（存放在库中；密码只存 ASP.NET Core 的哈希）");
        var store = new StoreOptions();

        var name = new Argument<string>("NAME") { Description = "用户名" };
        var role = new Option<string>("--role") { Description = "reviewer（审核人，可看全部文件）或 unit（单位用户，只看本单位文件）", DefaultValueFactory = _ => Viewer.Reviewer };
        role.AcceptOnlyFromAmong(Viewer.Reviewer, Viewer.Unit);
        var entity = new Option<string?>("--entity") { Description = "单位用户所属的单位名称（与文件中的单位名称一致）", HelpName = "NAME" };
        var add = new Command("add", "添加或重设账户；密码从标准输入读取一行（至少 8 个字符）") { name, role, entity };
        store.AddTo(add);
        add.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            var password = stdin.ReadLine()?.TrimEnd('\r') ?? "";
            using var opened = store.Open(parse, stderr, readOnly: false);
            if (opened is null) return YusuanApp.Unusable;
            try { Accounts.Add(opened.Connection, parse.GetValue(name)!, password, parse.GetValue(role)!, parse.GetValue(entity)); }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"yusuan: {e.Message}");
                return YusuanApp.Unusable;
            }
            stdout.WriteLine($"已添加账户 {parse.GetValue(name)}（{(parse.GetValue(role) == Viewer.Reviewer ? "审核人" : "单位用户：" + parse.GetValue(entity))}）");
            return YusuanApp.Ok;
        }));

        var list = new Command("list", "列出账户");
        store.AddTo(list);
        list.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            using var opened = store.Open(parse, stderr, readOnly: false);
            if (opened is null) return YusuanApp.Unusable;
            foreach (var a in Accounts.List(opened.Connection)) stdout.WriteLine($"{a.Name}\t{a.Role}\t{a.Entity}\t{a.CreatedAt}");
            return YusuanApp.Ok;
        }));

        var removed = new Argument<string>("NAME") { Description = "用户名" };
        var remove = new Command("remove", "删除账户") { removed };
        store.AddTo(remove);
        remove.SetAction(parse => StoreOptions.Guard(stderr, () =>
        {
            using var opened = store.Open(parse, stderr, readOnly: false);
            if (opened is null) return YusuanApp.Unusable;
            if (Accounts.Remove(opened.Connection, parse.GetValue(removed)!)) { stdout.WriteLine($"已删除账户 {parse.GetValue(removed)}"); return YusuanApp.Ok; }
            stderr.WriteLine($"yusuan: 没有账户 {parse.GetValue(removed)}");
            return YusuanApp.Unusable;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(remove);
        return command;
    }
}
