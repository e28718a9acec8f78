// A bump allocator made of chunks that never move, so pointers into it stay valid while it grows;
// Reset() rewinds it and keeps the chunks, so a reused arena stops allocating once it has seen
// its largest load. Fact tables keep array items and string copies here; compiled packs keep
// their constants here.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <type_traits>
#include <vector>

namespace ailit::internal {

template <typename T>
class ChunkArena {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  explicit ChunkArena(std::size_t first_chunk = 256) : first_chunk_(first_chunk) {}

  // Room for `n` contiguous elements (uninitialised for trivial types); n == 0 still returns a
  // distinct non-null pointer so it can serve as an identity.
  T* Allocate(std::size_t n) {
    std::size_t need = std::max<std::size_t>(n, 1);
    while (current_ < chunks_.size() && chunks_[current_].size - used_ < need) {
      ++current_;
      used_ = 0;
    }
    if (current_ == chunks_.size()) {
      std::size_t size = chunks_.empty() ? first_chunk_ : chunks_.back().size * 2;
      chunks_.push_back({std::make_unique<T[]>(std::max(size, need)), std::max(size, need)});
      used_ = 0;
    }
    T* out = chunks_[current_].data.get() + used_;
    used_ += need;
    return out;
  }

  T* Copy(const T* data, std::size_t n) {
    T* out = Allocate(n);
    std::copy(data, data + n, out);
    return out;
  }

  void Reset() {
    current_ = 0;
    used_ = 0;
  }

 private:
  struct Chunk {
    std::unique_ptr<T[]> data;
    std::size_t size;
  };
  std::size_t first_chunk_;
  std::vector<Chunk> chunks_;
  std::size_t current_ = 0;
  std::size_t used_ = 0;
};

}  // namespace ailit::internal
