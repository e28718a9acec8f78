// Runs the batch form (batch.h). Per chunk: look once at each fact it reads (turning the facts
// compared with strings into words and noticing values that need careful mode), then one loop
// per leaf group OR-ing outcomes into the node bytes with arithmetic rather than branches, then
// fold the nested nodes, then append the firings without branching on the verdict.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "rules/internal/batch.h"
#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit::internal {
namespace {

// The rows of the current item, kept in a local: the node stores go through std::uint8_t*, which
// may alias anything but a local whose address never escapes, so the loops keep the rows in
// registers. A chunk without for_each reads global facts only (kOneRow), whose ref is the plain
// byte offset.
template <bool kOneRow>
struct Rows {
  const char* row[3];
  const FactValue& Get(FactRef ref) const {
    if constexpr (kOneRow) return *reinterpret_cast<const FactValue*>(row[0] + ref);
    return *reinterpret_cast<const FactValue*>(row[ref >> kRefScopeShift] + (ref & kRefOffsetMask));
  }
};

// The symbol a string compares by: 0 (which no constant has) for any other kind.
Symbol SymbolOf(const FactValue& v) {
  return v.kind() == FactKind::kString ? v.symbol() : kNoSymbol;
}

bool NeedsCareText(const FactValue& v) {
  return v.kind() == FactKind::kString && v.symbol() == kNoSymbol;
}

// Bit k set when `s` is constants[k].
std::uint64_t BitsOf(Symbol s, const Symbol* constants, std::size_t count) {
  std::uint64_t bits = 0;
  for (std::size_t k = 0; k < count; ++k) {
    bits |= static_cast<std::uint64_t>(s == constants[k]) << k;
  }
  return bits;
}

// Fills the words and their careful flags; returns whether any fact the chunk reads needs
// careful mode.
template <bool kOneRow>
bool Prepare(const Chunk& chunk, const Rows<kOneRow>& rows, std::uint64_t* words,
             std::uint8_t* careful_words) {
  bool careful = false;
  for (FactRef ref : chunk.relation_facts) careful |= rows.Get(ref).kind() >= FactKind::kString;
  const Symbol* constants = chunk.constants.data();
  for (const SymbolFact& f : chunk.symbol_facts) {
    const FactValue& v = rows.Get(f.ref);
    const Symbol* own = constants + f.first;
    if (!f.is_list) {
      words[f.word] = BitsOf(SymbolOf(v), own, f.count);
      careful_words[f.word] = NeedsCareText(v);
      careful |= careful_words[f.word] != 0;
      continue;
    }
    std::uint64_t has = 0;
    bool care = false;
    const bool is_list = v.kind() == FactKind::kArray;
    if (is_list) {
      for (const FactValue& item : v.items()) {
        has |= BitsOf(SymbolOf(item), own, f.count);
        care |= NeedsCareText(item);
      }
    }
    words[f.word] = has;
    words[f.word + 1] = is_list ? ~has : 0;  // what a list lacks; nothing for a non-list
    careful_words[f.word] = care;
    careful_words[f.word + 1] = care;
    careful |= care;
  }
  return careful;
}

// EvaluateLeaf's answer for a leaf of a fast group, in that group's terms.
unsigned Full(const PackProgram& program, std::uint32_t leaf, const FactValue* const* bases,
              std::uint8_t positive_form) {
  return (EvaluateLeaf(program, program.leaves[leaf], bases) ? 1u : 0u) ^ positive_form;
}

// The leaf loops. In careful mode each leaf first checks whether its own value is one the fast
// formula cannot decide, and if so asks EvaluateLeaf.
template <bool kOneRow, bool kCareful>
void DecideLeaves(const PackProgram& program, const Chunk& chunk, const Rows<kOneRow>& rows,
                  const FactValue* const* bases, const std::uint64_t* words,
                  const std::uint8_t* careful_words, std::uint8_t* nodes) {
  const NumberLeaf* number = chunk.numbers.data();
  const NumberLeaf* numbers_end = number + chunk.numbers.size();
  for (; number != numbers_end; ++number) {
    const FactValue& v = rows.Get(number->ref);
    const double x = v.number();  // 0 for kinds without a number; the kind test rules them out
    unsigned holds = static_cast<unsigned>(v.kind() == number->kind) &
                     static_cast<unsigned>(x >= number->lo) &
                     static_cast<unsigned>(number->hi >= x);
    if constexpr (kCareful) {
      if (number->lo != number->hi && v.kind() >= FactKind::kString) {
        const auto i = static_cast<std::size_t>(number - chunk.numbers.data());
        holds = Full(program, chunk.number_leaf[i], bases, 0);
      }
    }
    nodes[number->node] |= static_cast<std::uint8_t>(holds ^ number->flip);
  }
  const SymbolLeaf* symbol = chunk.symbols.data();
  const SymbolLeaf* symbols_end = symbol + chunk.symbols.size();
  for (; symbol != symbols_end; ++symbol) {
    unsigned holds = static_cast<unsigned>((words[symbol->word] & symbol->mask) != 0);
    if constexpr (kCareful) {
      if (careful_words[symbol->word] != 0) {
        const auto i = static_cast<std::size_t>(symbol - chunk.symbols.data());
        holds = Full(program, chunk.symbol_leaf[i], bases, symbol->positive_form);
      }
    }
    nodes[symbol->node] |= static_cast<std::uint8_t>(holds ^ symbol->flip);
  }
}

// Appends to `out` one firing per rule of `chunk` that holds for the current rows.
template <bool kOneRow>
void RunChunk(const PackProgram& program, const Chunk& chunk, const FactValue* const* bases,
              std::int32_t item, std::vector<Firing>& out) {
  if (chunk.by_jumps) {
    const std::uint32_t rule = chunk.rules.front().rule;
    if (HoldsByJumps(program, program.rules[rule].entry, bases)) out.push_back({rule, item});
    return;
  }
  const Rows<kOneRow> rows{{reinterpret_cast<const char*>(bases[0]),
                            reinterpret_cast<const char*>(bases[1]),
                            reinterpret_cast<const char*>(bases[2])}};
  std::uint64_t words[kChunkWords];
  std::uint8_t careful_words[kChunkWords];
  alignas(64) std::uint8_t nodes[kChunkNodes];
  std::memset(nodes, 0, chunk.nodes);
  if (Prepare(chunk, rows, words, careful_words)) {
    DecideLeaves<kOneRow, true>(program, chunk, rows, bases, words, careful_words, nodes);
  } else {
    DecideLeaves<kOneRow, false>(program, chunk, rows, bases, words, careful_words, nodes);
  }
  for (const GenericLeaf& leaf : chunk.generic) {
    const bool holds = EvaluateLeaf(program, program.leaves[leaf.leaf], bases);
    nodes[leaf.node] |= static_cast<std::uint8_t>((holds ? 1 : 0) ^ leaf.flip);
  }
  for (const NestedNode& nested : chunk.nested) {
    nodes[nested.parent] |= static_cast<std::uint8_t>(nodes[nested.node] ^ nested.fold);
  }
  // Every rule writes its firing and only those that hold advance `n`: no branch on the verdict.
  Firing fired[kChunkRules];
  std::size_t n = 0;
  for (const ChunkRule& r : chunk.rules) {
    fired[n] = {r.rule, item};
    n += static_cast<std::size_t>(nodes[r.node] ^ r.invert);
  }
  out.insert(out.end(), fired, fired + n);
}

// A caller evaluating many tables in a row (a batch of fact sets) finds each one out of cache.
// The leaf loops read the global facts in slot order per group, so the hardware would fetch the
// row a few lines at a time; asking for all of it up front overlaps those misses (measured: about
// 8% on 10,000 preloaded tables).
void PrefetchGlobals(const TableState& t) {
  constexpr std::size_t kLine = 64;
  const char* begin = reinterpret_cast<const char*>(t.values.data());
  const char* end = begin + t.counts[0] * sizeof(FactValue);
  for (const char* p = begin; p < end; p += kLine) __builtin_prefetch(p);
}

}  // namespace

void EvaluateBatch(const PackProgram& program, const TableState& t, std::vector<Firing>& out) {
  out.clear();
  const FactValue* bases[3] = {t.values.data(), nullptr, nullptr};
  PrefetchGlobals(t);
  for (const Chunk& chunk : program.batch.chunks) {
    if (chunk.for_each == ForEach::kNone) {
      RunChunk<true>(program, chunk, bases, -1, out);
      continue;
    }
    const bool system = chunk.for_each == ForEach::kSystem;
    const FactScope scope = system ? FactScope::kSystem : FactScope::kGroup;
    const std::size_t items = system ? t.systems : t.groups;
    const std::size_t first = out.size();
    for (std::size_t i = 0; i < items; ++i) {
      bases[ScopeIndex(scope)] = t.values.data() + t.RowOffset(scope, i);
      RunChunk<false>(program, chunk, bases, static_cast<std::int32_t>(i), out);
    }
    // The loop above appended item by item; firings go rule by rule, items ascending.
    if (chunk.rules.size() > 1 && items > 1) {
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                [](const Firing& a, const Firing& b) {
                  return a.rule != b.rule ? a.rule < b.rule : a.item < b.item;
                });
    }
  }
}

}  // namespace ailit::internal
