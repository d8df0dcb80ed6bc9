using System.CommandLine;
using OpenYusuan.Web;

namespace OpenYusuan.Cli.Commands.Store;

/// <summary>`yusuan serve [--urls URLS] [--db DB] [--auth]`: the web app (issue 18, docs/web.md) over the store.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls") { Description = "监听地址（默认 http://127.0.0.1:5080，仅本机；监听其他地址时必须登录）", DefaultValueFactory = _ => "http://127.0.0.1:5080", HelpName = "URLS" };
        var auth = new Option<bool>("--auth") { Description = "仅本机访问时也要求登录（账户用 yusuan users add 添加）" };
        var maxMb = new Option<int>("--max-upload-mb") { Description = "单个上传文件的大小上限（MB，默认 50）", DefaultValueFactory = _ => 50, HelpName = "MB" };
        var store = new StoreOptions();
        var command = new Command("serve", "启动网页服务：上传文件、在页面上查看审核发现、浏览文件库和单位历年情况") { urls, auth, maxMb };
        command.Options.Add(store.Db);
        command.SetAction(parse => WebServer.Run(new WebOptions
        {
            Urls = parse.GetValue(urls)!, Db = parse.GetValue(store.Db), Auth = parse.GetValue(auth),
            MaxUploadBytes = Math.Clamp(parse.GetValue(maxMb), 1, 200) * 1024L * 1024,
        }, stdout, stderr));
        return command;
    }
}
