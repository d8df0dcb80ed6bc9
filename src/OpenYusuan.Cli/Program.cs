using OpenYusuan.Cli;

return YusuanApp.Run(args, Console.Out, Console.Error);
