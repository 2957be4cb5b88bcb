-- Drives headless Neovim for test/browser/neovim.test.ts, after the README's set-up has been loaded as init.lua:
-- opens the note, waits for casenote-lint's diagnostics, applies the quick fix whose edit writes
-- CASENOTE_REPLACEMENT through vim.lsp.buf.code_action(), waits for the finding to go, and writes what it saw
-- to CASENOTE_RESULT as JSON. It asserts nothing and always quits: the test judges the result.
-- Written for Neovim 0.7 (Debian 12's package) and later, so it avoids the APIs added since.
local note = assert(vim.env.CASENOTE_NOTE, 'CASENOTE_NOTE is not set')
local result_file = assert(vim.env.CASENOTE_RESULT, 'CASENOTE_RESULT is not set')
local replacement = assert(vim.env.CASENOTE_REPLACEMENT, 'CASENOTE_REPLACEMENT is not set')
local rule = assert(vim.env.CASENOTE_RULE, 'CASENOTE_RULE is not set')
local timeout = tonumber(vim.env.CASENOTE_TIMEOUT_MS) or 30000

local result = {}

local function ours(buf)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'casenote-lint' then
      table.insert(found, {
        code = d.code,
        severity = d.severity,
        message = d.message,
        lnum = d.lnum,
        col = d.col,
        end_lnum = d.end_lnum,
        end_col = d.end_col,
      })
    end
  end
  return found
end

local function has_rule(buf)
  for _, d in ipairs(ours(buf)) do
    if d.code == rule then return d end
  end
  return nil
end

local function client_names(buf)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  local names = {}
  for _, client in pairs(clients) do table.insert(names, client.name) end
  return names
end

-- The edit of an action, whichever shape this version hands to vim.ui.select ({client_id, action} before
-- 0.10, {ctx, action} since).
local function writes_replacement(action)
  for _, edits in pairs((action.edit or {}).changes or {}) do
    for _, edit in ipairs(edits) do
      if edit.newText == replacement then return true end
    end
  end
  return false
end

local ok, err = xpcall(function()
  local version = vim.version()
  result.version = string.format('%d.%d.%d', version.major, version.minor, version.patch)
  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  local buf = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buf].filetype
  result.diagnosed = vim.wait(timeout, function() return has_rule(buf) ~= nil end, 50)
  result.clients = client_names(buf)
  result.before = ours(buf)
  local target = has_rule(buf)
  if not target then return end

  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  result.offered = {}
  vim.ui.select = function(items, _, on_choice)
    local chosen
    for index, item in ipairs(items) do
      local action = item.action or item[2]
      table.insert(result.offered, action.title)
      if not chosen and writes_replacement(action) then chosen = index end
    end
    if chosen then
      result.chosen = (items[chosen].action or items[chosen][2]).title
      on_choice(items[chosen], chosen)
    else
      on_choice(nil, nil)
    end
  end
  vim.lsp.buf.code_action()
  result.applied = vim.wait(timeout, function() return result.chosen ~= nil and vim.bo[buf].modified end, 50)
  result.cleared = vim.wait(timeout, function() return has_rule(buf) == nil end, 50)
  result.after = ours(buf)
  result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end, debug.traceback)

if not ok then result.error = err end
result.messages = vim.fn.execute('messages')
vim.fn.writefile({ vim.fn.json_encode(result) }, result_file)
vim.cmd('qall!')
