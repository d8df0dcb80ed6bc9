using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using OpenYusuan.Store;

namespace OpenYusuan.Web.Data;

/// <summary>A web account as stored (web_users): the password only as ASP.NET Core's hash.</summary>
public sealed record Account(string Name, string Role, string? Entity, string CreatedAt);

/// <summary>The accounts in the store, managed from the command line (`yusuan users`) and checked at sign-in.</summary>
public static class Accounts
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static void Add(DbConnection c, string name, string password, string role, string? entity)
    {
        if (role is not (Viewer.Reviewer or Viewer.Unit)) throw new ArgumentException($"角色应为 {Viewer.Reviewer} 或 {Viewer.Unit}，不是 {role}");
        if (role == Viewer.Unit && string.IsNullOrWhiteSpace(entity)) throw new ArgumentException("单位用户须用 --entity 指明所属单位");
        if (password.Length < 8) throw new ArgumentException("密码至少 8 个字符");
        using var t = c.BeginTransaction();
        c.Execute(t, "DELETE FROM web_users WHERE name = $1", name);
        c.Execute(t, "INSERT INTO web_users (name, password_hash, role, entity, created_at) VALUES ($1, $2, $3, $4, $5)",
            name, Hasher.HashPassword(name, password), role, role == Viewer.Unit ? OpenYusuan.Store.Import.DocumentWriter.EntityName(entity) : null, YusuanStore.Now());
        t.Commit();
    }

    public static bool Remove(DbConnection c, string name) => c.Execute(null, "DELETE FROM web_users WHERE name = $1", name) > 0;

    public static List<Account> List(DbConnection c) =>
        c.Rows(null, "SELECT name, role, entity, created_at FROM web_users ORDER BY name").Select(r => new Account((string)r[0]!, (string)r[1]!, r[2] as string, (string)r[3]!)).ToList();

    public static bool Any(DbConnection c) => c.Count("SELECT COUNT(*) FROM web_users") > 0;

    /// <summary>The account when the password is right, else null.</summary>
    public static Account? SignIn(DbConnection c, string name, string password)
    {
        var row = c.Rows(null, "SELECT name, role, entity, created_at, password_hash FROM web_users WHERE name = $1", name).FirstOrDefault();
        if (row is null)
        {
            // The same work as a real check, so that timing does not tell which names exist.
            Hasher.VerifyHashedPassword(name, Hasher.HashPassword(name, "x"), password);
            return null;
        }
        return Hasher.VerifyHashedPassword(name, (string)row[4]!, password) == PasswordVerificationResult.Failed
            ? null : new Account((string)row[0]!, (string)row[1]!, row[2] as string, (string)row[3]!);
    }
}
