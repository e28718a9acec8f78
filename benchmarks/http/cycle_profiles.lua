-- wrk script: POST /v1/recommendations, cycling through the profiles named in the environment
-- variable AILIT_PROFILES (space-separated paths), so the service plans for several sectors.
local bodies = {}
for path in string.gmatch(os.getenv("AILIT_PROFILES") or "", "%S+") do
  local file = assert(io.open(path, "rb"))
  bodies[#bodies + 1] = file:read("*a")
  file:close()
end
assert(#bodies > 0, "AILIT_PROFILES names no profile")

local counter = 0
local headers = {["Content-Type"] = "application/json"}

function init(args)
  -- each wrk thread starts at another profile
  counter = math.random(#bodies)
end

function request()
  counter = counter % #bodies + 1
  return wrk.format("POST", "/v1/recommendations", headers, bodies[counter])
end

-- Print the number of non-2xx answers so a run that "succeeds" with errors is seen.
function done(summary, latency, requests)
  io.write(string.format("non_2xx=%d\n", summary.errors.status))
end
