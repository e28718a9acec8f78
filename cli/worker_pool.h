// A fixed set of threads that run one function over the indexes of a batch, batch after batch,
// so per-thread state (scratch memory, random generators) lives as long as the command.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ailit::cli {

// Ownership: owns its threads; the destructor stops and joins them.
// Thread safety: Start and Wait are called from one controlling thread, in turn.
class WorkerPool {
 public:
  explicit WorkerPool(unsigned threads);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs `work(i)` for every i in [0, count) on the workers and returns at once. `work` must not
  // throw and must stay valid until Wait returns.
  void Start(std::size_t count, std::function<void(std::size_t)> work);
  // Returns when every index of the last Start is done.
  void Wait();

 private:
  void Loop();

  std::mutex mutex_;
  std::condition_variable started_;
  std::condition_variable finished_;
  std::function<void(std::size_t)> work_;
  std::size_t count_ = 0;
  std::atomic<std::size_t> next_{0};
  std::uint64_t generation_ = 0;
  unsigned pending_ = 0;  // workers still busy with the current generation
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace ailit::cli
