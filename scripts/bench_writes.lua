-- wrk script for scripts/bench-writes.sh and scripts/bench-list.sh: POSTs job descriptions and stops each thread
-- after its share of BENCH_REQUESTS. With BENCH_TITLES set, each request gets a title made from the word lists below
-- (for seeding the list filter's benchmark); otherwise every request sends the same realistic description.
local body = io.open(os.getenv("BENCH_BODY")):read("*a")
local share = math.ceil(tonumber(os.getenv("BENCH_REQUESTS")) / tonumber(os.getenv("BENCH_THREADS")))
local varied = os.getenv("BENCH_TITLES") ~= nil
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }
local levels = { "Senior ", "Junior ", "Staff ", "Principal ", "Lead ", "", "", "Associate " }
local roles = { "Backend Developer", "Data Engineer", "Nurse Manager", "Product Designer", "Registered Nurse",
  "Sales Representative", "Account Executive", "Customer Success Manager", "Data Analyst", "Frontend Engineer",
  "DevOps Engineer", "Site Reliability Engineer", "Technical Writer", "Scrum Master", "Credit Analyst",
  "Chief Revenue Officer", "HR Business Partner", "Warehouse Associate", "Machine Learning Engineer", "Security Engineer" }
local places = { " (Berlin)", " (Chicago)", " (Remote)", " (London)", " (Austin)" }
local sent, answered = 0, 0

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  sent = sent + 1
  local text = body
  if varied then
    local title = levels[math.random(#levels)] .. roles[math.random(#roles)]
    if math.random() < 0.3 then title = title .. places[math.random(#places)] end
    if math.random() < 0.02 then title = title .. " #" .. math.random(1, 1000000) end
    text = body:gsub('"title": "[^"]*"', '"title": "' .. title .. '"', 1)
  end
  return wrk.format("POST", "/api/v1/job-descriptions", headers, text)
end

function response(status, headers, body)
  answered = answered + 1
  if answered >= share then wrk.thread:stop() end
end
