// Plain React web code in a Taro project is still Taro (the project has a Taro config).
export default function Banner({ agreed }) {
  return (
    <div className='banner'>
      {/* ok: consent-prechecked */}
      <input type='checkbox' checked={agreed} />
      <span>I agree to the Terms</span>
    </div>
  )
}
