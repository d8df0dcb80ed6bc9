-- wrk: each request uploads a different text disclosure (the example with a numbered line added), so every upload is
-- read, audited and stored, not found stored already. TOKEN and COOKIE come from the environment (load.sh).
local token = os.getenv("TOKEN")
local cookie = os.getenv("COOKIE")
local file = io.open(os.getenv("EXAMPLE"), "rb")
local example = file:read("*a")
file:close()
local boundary = "----yusuanload"
local counter = 0

function setup(thread)
  thread:set("id", tostring(math.random(1, 1000000000)))
end

request = function()
  counter = counter + 1
  local text = example .. "\n负载测试 " .. id .. "-" .. counter .. "\n"
  local body = "--" .. boundary .. "\r\n" ..
    "Content-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" .. token .. "\r\n" ..
    "--" .. boundary .. "\r\n" ..
    "Content-Disposition: form-data; name=\"files\"; filename=\"load-" .. counter .. ".txt\"\r\n" ..
    "Content-Type: text/plain\r\n\r\n" .. text .. "\r\n" ..
    "--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/upload", {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Accept"] = "application/json",
    ["Cookie"] = cookie,
  }, body)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("upload: non-200 answers %d\n", summary.errors.status))
end
