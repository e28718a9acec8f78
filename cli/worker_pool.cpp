#include "worker_pool.h"

namespace ailit::cli {

WorkerPool::WorkerPool(unsigned threads) {
  threads_.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { Loop(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  started_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void WorkerPool::Start(std::size_t count, std::function<void(std::size_t)> work) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    work_ = std::move(work);
    count_ = count;
    next_.store(0);
    pending_ = static_cast<unsigned>(threads_.size());
    ++generation_;
  }
  started_.notify_all();
}

void WorkerPool::Wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  finished_.wait(lock, [this] { return pending_ == 0; });
}

void WorkerPool::Loop() {
  std::uint64_t seen = 0;
  for (;;) {
    std::function<void(std::size_t)>* work = nullptr;
    std::size_t count = 0;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      started_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      work = &work_;
      count = count_;
    }
    for (std::size_t i; (i = next_.fetch_add(1)) < count;) (*work)(i);
    bool last = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      last = --pending_ == 0;
    }
    if (last) finished_.notify_one();
  }
}

}  // namespace ailit::cli
